package care.unknot.notification.webhook.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.events.EventTypes;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.webhook.service.WebhookDeliveryPurge;
import care.unknot.notification.webhook.service.WebhookDispatcher;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Retries, 410, Retry-After, dead deliveries, replay, the five-day rule and secret rotation, on the injected clock. */
@QuarkusTest
class WebhookRetryTest {

    private static final List<Duration> AFTER_FIRST = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    MutableClock clock;

    @Inject
    Deliveries deliveries;

    @Inject
    WebhookDeliveryPurge purge;

    private final String partnerId = Partners.newPartnerId();
    private final String path = "/retry/" + UUID.randomUUID();
    private Partners.Created subscription;

    private void endpointAnswers(ResponseDefinitionBuilder response) {
        Partners.receiver().stubFor(post(urlPathEqualTo(path)).willReturn(response));
        if (subscription == null) {
            subscription = Partners.subscribe(partnerId, Partners.endpoint(path), List.of(EventTypes.PLAN_ACTIVATED));
        }
    }

    @Test
    void failedAttemptsFollowTheScheduleWithOneWebhookIdUntilTheDeliveryIsDead() throws Exception {
        endpointAnswers(aResponse().withStatus(500));
        UUID deliveryId = deliveries.pending(subscription.id());

        dispatcher.runUntilIdle();
        assertThat(received()).hasSize(1);
        for (Duration wait : AFTER_FIRST) {
            JsonPath delivery = delivery(deliveryId);
            assertThat(delivery.getString("status")).isEqualTo("PENDING");
            assertThat(Instant.parse(delivery.getString("nextAttemptAt"))).isEqualTo(clock.instant().plus(wait));
            int before = received().size();
            clock.advance(wait.minusSeconds(1));
            dispatcher.runUntilIdle();
            assertThat(received()).hasSize(before);
            clock.advance(Duration.ofSeconds(1));
            dispatcher.runUntilIdle();
            assertThat(received()).hasSize(before + 1);
        }

        JsonPath dead = delivery(deliveryId);
        assertThat(dead.getString("status")).isEqualTo("DEAD");
        assertThat(dead.getInt("attempts")).isEqualTo(10);
        assertThat(dead.getInt("lastStatusCode")).isEqualTo(500);
        assertThat(received()).extracting(r -> r.getHeader("webhook-id")).containsOnly(deliveryId.toString());
        for (LoggedRequest request : received()) {
            Partners.verify(subscription.secret(), request.getBodyAsString(), WebhookFanOutTest.headers(request));
        }
        assertThat(deliveries.outbox(EventTypes.WEBHOOK_DELIVERY_EXHAUSTED, "deliveryId", deliveryId.toString()))
                .singleElement().satisfies(p -> assertThat(p).contains("\"attempts\": 10", "\"lastStatusCode\": 500"));
        assertThat(subscription().getBoolean("active")).isTrue();
    }

    @Test
    void goneDisablesTheEndpointAndKillsItsPendingDeliveries() {
        endpointAnswers(aResponse().withStatus(410));
        UUID first = deliveries.pending(subscription.id());

        dispatcher.runUntilIdle();

        assertThat(received()).hasSize(1);
        JsonPath endpoint = subscription();
        assertThat(endpoint.getBoolean("active")).isFalse();
        assertThat(endpoint.getString("disabledReason")).isEqualTo("GONE_410");
        assertThat(delivery(first).getString("status")).isEqualTo("DEAD");
        assertThat(deliveries.outbox(EventTypes.WEBHOOK_ENDPOINT_DISABLED, "subscriptionId",
                subscription.id().toString())).singleElement().satisfies(p -> assertThat(p).contains("GONE_410"));
        assertThat(deliveries.outbox(EventTypes.WEBHOOK_DELIVERY_EXHAUSTED, "deliveryId", first.toString())).isEmpty();
    }

    @Test
    void retryAfterIsHonouredOn429ButNotOn503() {
        endpointAnswers(aResponse().withStatus(429).withHeader("Retry-After", "120"));
        UUID limited = deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        assertThat(Instant.parse(delivery(limited).getString("nextAttemptAt")))
                .isEqualTo(clock.instant().plusSeconds(120));

        endpointAnswers(aResponse().withStatus(503).withHeader("Retry-After", "120"));
        UUID unavailable = deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        assertThat(Instant.parse(delivery(unavailable).getString("nextAttemptAt")))
                .isEqualTo(clock.instant().plusSeconds(5));
    }

    @Test
    void replayResendsADeadDeliveryWithItsWebhookIdOnceTheEndpointIsActiveAgain() {
        endpointAnswers(aResponse().withStatus(410));
        UUID first = deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        Partners.partner(partnerId).post(deliveries() + "/" + first + "/replay").then().statusCode(409);

        String etag = Partners.partner(partnerId).get(subscriptionPath()).then().extract().header("ETag");
        Partners.partner(partnerId).header("If-Match", etag).body(Map.of("url", Partners.endpoint(path),
                "eventTypes", List.of(EventTypes.PLAN_ACTIVATED), "active", true)).put(subscriptionPath())
                .then().statusCode(200);
        endpointAnswers(aResponse().withStatus(200));
        Partners.partner(partnerId).post(deliveries() + "/" + first + "/replay").then().statusCode(202);
        dispatcher.runUntilIdle();

        assertThat(delivery(first).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(received()).extracting(r -> r.getHeader("webhook-id"))
                .containsExactly(first.toString(), first.toString());
        Partners.partner(partnerId).post(deliveries() + "/" + first + "/replay").then().statusCode(202);
    }

    @Test
    void replayDeadResendsEveryDeadDeliveryOfTheEndpoint() {
        endpointAnswers(aResponse().withStatus(500));
        UUID first = deliveries.pending(subscription.id());
        UUID second = deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        for (Duration wait : AFTER_FIRST) {
            clock.advance(wait);
            dispatcher.runUntilIdle();
        }
        assertThat(delivery(first).getString("status")).isEqualTo("DEAD");
        assertThat(delivery(second).getString("status")).isEqualTo("DEAD");
        endpointAnswers(aResponse().withStatus(204));

        Partners.partner(partnerId).post(deliveries() + "/replay-dead").then().statusCode(202)
                .body("replayed", org.hamcrest.Matchers.equalTo(2));
        dispatcher.runUntilIdle();

        assertThat(delivery(first).getString("status")).isEqualTo("SUCCEEDED");
        assertThat(delivery(second).getString("status")).isEqualTo("SUCCEEDED");
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabled() {
        endpointAnswers(aResponse().withStatus(503));
        deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        clock.advance(Duration.ofDays(5).minusSeconds(1));
        deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        assertThat(subscription().getBoolean("active")).isTrue();

        clock.advance(Duration.ofSeconds(1));
        deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();

        JsonPath endpoint = subscription();
        assertThat(endpoint.getBoolean("active")).isFalse();
        assertThat(endpoint.getString("disabledReason")).isEqualTo("DELIVERIES_EXHAUSTED");
        assertThat(deliveries.outbox(EventTypes.WEBHOOK_ENDPOINT_DISABLED, "subscriptionId",
                subscription.id().toString())).singleElement()
                .satisfies(p -> assertThat(p).contains("DELIVERIES_EXHAUSTED"));
    }

    @Test
    void aTargetThatResolvesToAPrivateAddressAtDeliveryTimeIsRefusedWithoutARequest() {
        endpointAnswers(aResponse().withStatus(204));
        deliveries.pointAt(subscription.id(), "http://10.0.0.7/hooks");
        UUID deliveryId = deliveries.pending(subscription.id());

        dispatcher.runUntilIdle();

        JsonPath refused = delivery(deliveryId);
        assertThat(refused.getString("status")).isEqualTo("PENDING");
        assertThat(refused.getInt("attempts")).isEqualTo(1);
        assertThat(refused.getString("lastError"))
                .isEqualTo("target refused: URL resolves to a private or link-local address");
        assertThat(refused.getString("lastStatusCode")).isNull();
    }

    @Test
    void deliveredWebhooksArePurgedAfterTheRetentionWhileDeadOnesStay() {
        endpointAnswers(aResponse().withStatus(204));
        UUID delivered = deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        endpointAnswers(aResponse().withStatus(500));
        UUID dead = deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        for (Duration wait : AFTER_FIRST) {
            clock.advance(wait);
            dispatcher.runUntilIdle();
        }
        assertThat(delivery(dead).getString("status")).isEqualTo("DEAD");
        clock.advance(Duration.ofDays(26)); // about 29 days after the delivery
        purge.purge();
        assertThat(delivery(delivered).getString("status")).isEqualTo("SUCCEEDED");

        clock.advance(Duration.ofDays(1));
        purge.purge();

        List<Map<String, Object>> log = Partners.partner(partnerId).get(deliveries()).then().statusCode(200)
                .extract().path("items");
        assertThat(log).extracting(d -> d.get("id")).containsExactly(dead.toString());
    }

    @Test
    void aRotatedSecretKeepsSigningNextToTheNewOneForTheOverlapOnly() throws Exception {
        endpointAnswers(aResponse().withStatus(204));
        String oldSecret = subscription.secret();
        String newSecret = Partners.partner(partnerId).post(subscriptionPath() + "/secret").then().statusCode(200)
                .extract().path("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);

        deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        LoggedRequest during = received().get(0);
        assertThat(during.getHeader("webhook-signature").split(" ")).hasSize(2);
        Partners.verify(oldSecret, during.getBodyAsString(), WebhookFanOutTest.headers(during));
        Partners.verify(newSecret, during.getBodyAsString(), WebhookFanOutTest.headers(during));

        clock.advance(Duration.ofHours(24).plusSeconds(1));
        deliveries.pending(subscription.id());
        dispatcher.runUntilIdle();
        LoggedRequest after = received().get(1);
        Partners.verify(newSecret, after.getBodyAsString(), WebhookFanOutTest.headers(after));
        assertThatThrownBy(() -> Partners.verify(oldSecret, after.getBodyAsString(),
                WebhookFanOutTest.headers(after))).isInstanceOf(Exception.class);
    }

    private List<LoggedRequest> received() {
        return Partners.receiver().findAll(postRequestedFor(urlPathEqualTo(path)));
    }

    private String subscriptionPath() {
        return "/api/v1/partners/" + partnerId + "/webhooks/" + subscription.id();
    }

    private String deliveries() {
        return subscriptionPath() + "/deliveries";
    }

    private JsonPath subscription() {
        return Partners.partner(partnerId).get(subscriptionPath()).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath delivery(UUID deliveryId) {
        List<Map<String, Object>> items = Partners.partner(partnerId).get(deliveries() + "?limit=100")
                .then().statusCode(200).extract().path("items");
        Map<String, Object> item = items.stream().filter(d -> deliveryId.toString().equals(d.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no delivery " + deliveryId));
        return new JsonPath(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(item).toString());
    }
}
