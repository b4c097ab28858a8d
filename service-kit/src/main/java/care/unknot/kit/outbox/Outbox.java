package care.unknot.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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

    /** The first key of the kit's two-int advisory locks (single-bigint locks, e.g. Flyway's, are another space). */
    static final String LOCK_NAMESPACE_SQL = "1869571179";

    private static final String INSERT = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload)
            VALUES (?, ?, ?, ?, ?, ?::jsonb)""";
    /**
     * A transaction-scoped advisory lock per aggregate id (the Kafka key): {@code pg_advisory_xact_lock(int, int)}
     * with the kit's namespace and PostgreSQL's hash of the id. It needs no table, so it also covers an aggregate
     * created in the same transaction (whose row no one else can lock yet) and writers that own no aggregate row;
     * it is released by the commit or rollback. A hash collision only serialises two unrelated aggregates.
     */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(" + LOCK_NAMESPACE_SQL + ", hashtext(?))";
    private static final Object NUDGE_REGISTERED = new Object();
    private static final String LOCKED = Outbox.class.getName() + ".locked";

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
     * Takes the aggregate's write lock for the rest of the caller's transaction and returns its outbox. Call it
     * first in a write that appends events about the aggregate, before reading what the events will carry: writes
     * for one aggregate then run one after another, so the outbox order of its events is their commit order and
     * each event is built from the state the previous writer committed (no stale snapshot can be published last).
     * Taking it again in the same transaction is free.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AggregateOutbox lock(String aggregateType, String aggregateId) {
        requireText("aggregateType", aggregateType);
        requireText("aggregateId", aggregateId);
        lockKey(aggregateId);
        return new AggregateOutbox(this, aggregateType, aggregateId);
    }

    /**
     * Appends one event, after taking the aggregate's lock (see {@link #lock}) if this transaction does not hold it
     * yet; that keeps outbox order equal to commit order, but only {@code lock} before the reads keeps payloads
     * fresh. {@code aggregateId} is the patient id (the Kafka key, {@code ce_subject}), {@code type}
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
        lockKey(aggregateId);
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

    private void lockKey(String aggregateId) {
        Object resource = List.of(LOCKED, aggregateId);
        if (transactions.getResource(resource) != null) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(LOCK)) {
            lock.setString(1, aggregateId);
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox lock of aggregate " + aggregateId + " failed", e);
        }
        transactions.putResource(resource, Boolean.TRUE);
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
