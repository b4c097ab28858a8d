package care.unknot.notification.webhook.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import care.unknot.local.testing.OpenApiValidation;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A partner sees and manages only its own subscriptions and deliveries; bad input is 400 with nothing stored. */
@QuarkusTest
class WebhookAccessTest {

    private static final List<String> TYPES = List.of("plan.activated");

    @Inject
    AgroalDataSource dataSource;

    private final String partnerId = Partners.newPartnerId();
    private final String otherPartnerId = Partners.newPartnerId();

    private String subscriptions(String partner) {
        return "/api/v1/partners/" + partner + "/webhooks";
    }

    @Test
    void aPartnerSeesOnlyItsOwnSubscriptionsAndNeverTheSecretAgain() {
        Partners.Created mine = Partners.subscribe(partnerId, Partners.endpoint("/mine"), TYPES);
        Partners.Created theirs = Partners.subscribe(otherPartnerId, Partners.endpoint("/theirs"), TYPES);

        Partners.partner(partnerId).get(subscriptions(partnerId)).then().statusCode(200)
                .body("items.id", contains(mine.id().toString()))
                .body("items[0].secret", nullValue());
        Partners.partner(partnerId).get(subscriptions(partnerId) + "/" + theirs.id()).then().statusCode(404);
        Partners.partner(partnerId).get(subscriptions(otherPartnerId)).then().statusCode(403);
        Partners.partner(partnerId).get(subscriptions(otherPartnerId) + "/" + theirs.id() + "/deliveries")
                .then().statusCode(403);
        Partners.partner(partnerId).post(subscriptions(otherPartnerId) + "/" + theirs.id() + "/secret")
                .then().statusCode(403);
        Partners.partner(partnerId).get(subscriptions(partnerId) + "/" + theirs.id() + "/deliveries")
                .then().statusCode(404);
        Partners.as("admin", "admin-1").get(subscriptions(otherPartnerId)).then().statusCode(200)
                .body("items.id", contains(theirs.id().toString()));
    }

    @Test
    void patientsAndTherapistsAreForbidden() {
        Partners.as("patient", UUID.randomUUID().toString()).get(subscriptions(partnerId)).then().statusCode(403);
        Partners.as("therapist", "therapist-1").body(Map.of("url", Partners.endpoint("/x"), "eventTypes", TYPES))
                .post(subscriptions(partnerId)).then().statusCode(403);
        assertThat(stored(partnerId)).isZero();
    }

    @Test
    void badInputIsA400NamingTheFieldWithNothingStored() {
        Partners.partner(partnerId).filter(OpenApiValidation.violatesDocument())
                .body(Map.of("eventTypes", TYPES)).post(subscriptions(partnerId))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("url"));
        Partners.partner(partnerId).body(Map.of("url", Partners.endpoint("/x"), "eventTypes",
                List.of("plan.activated", "diary.entry-recorded"))).post(subscriptions(partnerId))
                .then().statusCode(400).body("violations.field", contains("eventTypes[1]"));
        Partners.partner(partnerId).body(Map.of("url", "https://10.0.0.7/hooks", "eventTypes", TYPES))
                .post(subscriptions(partnerId))
                .then().statusCode(400).body("violations[0].field", equalTo("url"))
                .body("violations[0].message", equalTo("resolves to a private or link-local address"));
        Partners.partner(partnerId).body(Map.of("url", "https://169.254.169.254/latest", "eventTypes", TYPES))
                .post(subscriptions(partnerId)).then().statusCode(400).body("violations[0].field", equalTo("url"));
        Partners.partner(partnerId).filter(OpenApiValidation.violatesDocument())
                .body(Map.of("url", Partners.endpoint("/x"), "eventTypes", List.of()))
                .post(subscriptions(partnerId)).then().statusCode(400).body("violations.field", hasItem("eventTypes"));

        assertThat(stored(partnerId)).isZero();
    }

    @Test
    void aStaleIfMatchIsRefusedAndChangesNothing() {
        Partners.Created mine = Partners.subscribe(partnerId, Partners.endpoint("/etag"), TYPES);
        String path = subscriptions(partnerId) + "/" + mine.id();
        Map<String, Object> body = Map.of("url", Partners.endpoint("/moved"), "eventTypes", TYPES);

        Partners.partner(partnerId).header("If-Match", "\"7\"").body(body).put(path).then().statusCode(412);
        Partners.partner(partnerId).body(body).put(path).then().statusCode(428);

        Partners.partner(partnerId).get(path).then().statusCode(200).body("url", equalTo(Partners.endpoint("/etag")));
    }

    @Test
    void theSecretIsShownOnceAndNeverKeptForAnIdempotentReplay() {
        Map<String, Object> body = Map.of("url", Partners.endpoint("/once"), "eventTypes", TYPES);
        String key = UUID.randomUUID().toString();
        String first = Partners.partner(partnerId).header("Idempotency-Key", key).body(body)
                .post(subscriptions(partnerId)).then().statusCode(201).header("Cache-Control", "no-store")
                .extract().path("secret");
        String id = Partners.partner(partnerId).get(subscriptions(partnerId)).then().extract().path("items[0].id");
        // a retry of the create learns that it is done (and where) without a second subscription or the secret
        Partners.partner(partnerId).header("Idempotency-Key", key).body(body).post(subscriptions(partnerId))
                .then().statusCode(409).header("Location", endsWith("/" + id)).body(not(containsString("whsec_")));
        Partners.partner(partnerId).get(subscriptions(partnerId)).then().body("items", hasSize(1));
        String rotated = Partners.partner(partnerId).header("Idempotency-Key", UUID.randomUUID().toString())
                .post(subscriptions(partnerId) + "/" + id + "/secret").then().statusCode(200)
                .header("Cache-Control", "no-store").extract().path("secret");

        assertThat(first).startsWith("whsec_");
        assertThat(rotated).startsWith("whsec_");
        assertThat(count("select count(*) from idempotency_record where body like ? or body like ?",
                "%" + first.substring(6) + "%", "%" + rotated.substring(6) + "%")).isZero();
        assertThat(count("select count(*) from webhook_subscription where position(convert_to(?, 'UTF8') in secret) > 0",
                rotated.substring(6))).isZero();
    }

    private long count(String sql, String... values) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long stored(String partner) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select count(*) from webhook_subscription where partner_id = ?")) {
            statement.setString(1, partner);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
