package care.unknot.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.json.PayloadJson;

/**
 * Writes an event to {@code outbox_event} in the caller's JTA transaction, so it commits (or rolls back) with the
 * business rows. Plain JDBC on the injected DataSource: no Hibernate needed. After the commit the local relay is
 * woken, so the event is usually on the broker within milliseconds.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class Outbox {

    private static final String INSERT = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload)
            VALUES (?, ?, ?, ?, ?, ?::jsonb)""";
    private static final Object NUDGE_REGISTERED = new Object();

    private final DataSource dataSource;
    private final Clock clock;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;

    @Inject
    public Outbox(DataSource dataSource, Clock clock, TransactionSynchronizationRegistry transactions,
            OutboxRelay relay) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.transactions = transactions;
        this.relay = relay;
    }

    /**
     * Appends one event. {@code aggregateId} is the patient id (the Kafka key, {@code ce_subject}), {@code type}
     * the {@code ce_type}; {@code payload} a record (written with the shared event JSON mapping) or JSON text.
     *
     * @return the event id, published as {@code ce_id}
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String aggregateType, String aggregateId, String type, Object payload) {
        requireText("aggregateType", aggregateType);
        requireText("aggregateId", aggregateId);
        requireText("type", type);
        if (payload == null) {
            throw new IllegalArgumentException("outbox payload is required (event type " + type + ")");
        }
        UUID id = UUID.randomUUID();
        Instant timestamp = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, id);
            insert.setString(2, aggregateType);
            insert.setString(3, aggregateId);
            insert.setString(4, type);
            insert.setObject(5, timestamp.atOffset(ZoneOffset.UTC));
            insert.setString(6, PayloadJson.write(payload));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox append of " + type + " event " + id + " failed", e);
        }
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(NUDGE_REGISTERED) != null) {
            return;
        }
        transactions.putResource(NUDGE_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("outbox " + name + " is required");
        }
    }
}
