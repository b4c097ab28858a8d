package care.unknot.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.events.EventCatalog;
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
    /** The locks of several aggregates in one round trip, in the order of the (sorted) array. */
    private static final String LOCK_ALL = "SELECT pg_advisory_xact_lock(" + LOCK_NAMESPACE_SQL + ", hashtext(k))"
            + " FROM unnest(?::text[]) WITH ORDINALITY AS u(k, n) ORDER BY n";
    /** Several rows in one statement (one round trip whatever the batch size); seq follows the array order. */
    private static final String INSERT_ALL = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload)
            SELECT u.id, ?, u.aggregateid, u.type, ?, u.payload::jsonb
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                AS u(id, aggregateid, type, payload, n)
            ORDER BY u.n""";
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

    /**
     * Takes the write locks of several aggregates at once (see {@link #lock}), in one fixed order (sorted ids), so
     * two transactions locking overlapping sets cannot deadlock on them; ids this transaction holds are skipped.
     * One round trip: for writers of many aggregates per transaction (a dispatcher recording a batch).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockAll(String aggregateType, Collection<String> aggregateIds) {
        requireText("aggregateType", aggregateType);
        List<String> toLock = new TreeSet<>(aggregateIds).stream()
                .filter(id -> transactions.getResource(List.of(LOCKED, id)) == null).toList();
        toLock.forEach(id -> requireText("aggregateId", id));
        if (toLock.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(LOCK_ALL)) {
            lock.setArray(1, connection.createArrayOf("text", toLock.toArray()));
            lock.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox lock of " + toLock.size() + " aggregates failed", e);
        }
        toLock.forEach(id -> transactions.putResource(List.of(LOCKED, id), Boolean.TRUE));
    }

    /**
     * Appends several events in one statement (each typed by its payload's catalog type), after
     * {@link #lockAll locking} every aggregate this transaction does not hold yet. Events of one aggregate keep
     * their list order. Call {@link #lockAll} first when the events are built from state read in the transaction.
     *
     * @return the event ids, in list order
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> appendAll(String aggregateType, List<OutboxEntry> entries) {
        requireText("aggregateType", aggregateType);
        if (entries.isEmpty()) {
            return List.of();
        }
        lockAll(aggregateType, entries.stream().map(OutboxEntry::aggregateId).toList());
        int size = entries.size();
        UUID[] ids = new UUID[size];
        String[] keys = new String[size];
        String[] types = new String[size];
        String[] payloads = new String[size];
        for (int i = 0; i < size; i++) {
            OutboxEntry entry = entries.get(i);
            if (entry.payload() == null) {
                throw new IllegalArgumentException("outbox payload is required (aggregate " + entry.aggregateId() + ")");
            }
            ids[i] = UUID.randomUUID();
            keys[i] = entry.aggregateId();
            types[i] = EventCatalog.typeOf(entry.payload());
            payloads[i] = PayloadJson.write(entry.payload());
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            insert.setString(1, aggregateType);
            insert.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            insert.setArray(3, connection.createArrayOf("uuid", ids));
            insert.setArray(4, connection.createArrayOf("text", keys));
            insert.setArray(5, connection.createArrayOf("text", types));
            insert.setArray(6, connection.createArrayOf("text", payloads));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("outbox append of " + size + " events failed", e);
        }
        wakeRelayAfterCommit();
        return List.of(ids);
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
