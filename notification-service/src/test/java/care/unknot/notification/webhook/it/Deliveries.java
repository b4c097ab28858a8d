package care.unknot.notification.webhook.it;

import care.unknot.events.EventTypes;
import care.unknot.notification.webhook.repository.DeliveryRepository;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.awaitility.Awaitility;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Deliveries written straight into the store (as the fan-out does) and the outbox rows the webhooks wrote. */
@ApplicationScoped
public class Deliveries {

    private final DeliveryRepository deliveries;
    private final AgroalDataSource dataSource;
    private final Clock clock;

    public Deliveries(DeliveryRepository deliveries, AgroalDataSource dataSource, Clock clock) {
        this.deliveries = deliveries;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** A PENDING plan.activated delivery for the subscription, due now. */
    public UUID pending(UUID subscriptionId) {
        UUID id = UUID.randomUUID();
        UUID patientId = UUID.randomUUID();
        String body = "{\"type\":\"plan.activated\",\"timestamp\":\"" + clock.instant() + "\",\"data\":{\"planId\":\""
                + UUID.randomUUID() + "\",\"patientId\":\"" + patientId + "\",\"phase\":\"FOCUSED\"}}";
        QuarkusTransaction.requiringNew().run(() -> deliveries.insert(id, subscriptionId, UUID.randomUUID(),
                EventTypes.PLAN_ACTIVATED, patientId, body, clock.instant()));
        return id;
    }

    /**
     * Waits until a consumer recorded the event as processed. intake.events and plan.events are separate topics,
     * so a test publishing to both awaits the intake event before it publishes the plan event.
     */
    public void awaitProcessed(String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> count("select count(*) from processed_event where event_id = ?", eventId) > 0);
    }

    /** Moves a subscription's URL behind the API's back, as a DNS change would move its address. */
    public void pointAt(UUID subscriptionId, String url) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "update webhook_subscription set url = ? where id = ?")) {
            statement.setString(1, url);
            statement.setObject(2, subscriptionId);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private long count(String sql, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The payloads (JSON text) of outbox events of this type whose {@code field} is {@code value}. */
    public List<String> outbox(String type, String field, String value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "select payload::text from outbox_event where type = ? and payload ->> ? = ?")) {
            statement.setString(1, type);
            statement.setString(2, field);
            statement.setString(3, value);
            List<String> payloads = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    payloads.add(rows.getString(1));
                }
            }
            return payloads;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
