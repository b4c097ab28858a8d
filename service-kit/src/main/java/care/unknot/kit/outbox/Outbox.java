package care.unknot.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * Writes events to {@code outbox_event} in the caller's JTA transaction, so they commit (or roll back) with the
 * business rows. Plain JDBC on the injected DataSource: no Hibernate needed. The events a transaction appends are
 * kept until it is about to commit and then written in one statement (one round trip however many events), and
 * after the commit the local relay is woken, so the event is usually on the broker within milliseconds.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class Outbox {

    /** The first key of the kit's two-int advisory locks (single-bigint locks, e.g. Flyway's, are another space). */
    static final String LOCK_NAMESPACE_SQL = "1869571179";

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
    /** All rows a transaction appended, in one statement (one round trip whatever their number), seq in order. */
    private static final String INSERT_ALL = """
            INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, timestamp, payload)
            SELECT u.id, u.aggregatetype, u.aggregateid, u.type, u.ts::timestamptz, u.payload::jsonb
            FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) WITH ORDINALITY
                AS u(id, aggregatetype, aggregateid, type, ts, payload, n)
            ORDER BY u.n""";
    private static final Object PENDING = new Object();
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
        pending().add(new PendingEvent(id, aggregateType, aggregateId, type, clock.instant(),
                PayloadJson.write(payload)));
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
     * Appends several events (each typed by its payload's catalog type), after
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
        Instant timestamp = clock.instant();
        List<PendingEvent> events = new ArrayList<>(entries.size());
        for (OutboxEntry entry : entries) {
            if (entry.payload() == null) {
                throw new IllegalArgumentException("outbox payload is required (aggregate " + entry.aggregateId() + ")");
            }
            events.add(new PendingEvent(UUID.randomUUID(), aggregateType, entry.aggregateId(),
                    EventCatalog.typeOf(entry.payload()), timestamp, PayloadJson.write(entry.payload())));
        }
        pending().addAll(events);
        return events.stream().map(PendingEvent::id).toList();
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

    /**
     * This transaction's events not yet written. The first append registers their write just before the commit
     * (all of them in one statement, on the transaction's connection: they commit or roll back with it; a failed
     * write rolls the transaction back) and the relay's wake-up after it.
     */
    private List<PendingEvent> pending() {
        @SuppressWarnings("unchecked")
        List<PendingEvent> pending = (List<PendingEvent>) transactions.getResource(PENDING);
        if (pending != null) {
            return pending;
        }
        List<PendingEvent> events = new ArrayList<>();
        transactions.putResource(PENDING, events);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE && !events.isEmpty()) {
                    write(events);
                }
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.nudge();
                }
            }
        });
        return events;
    }

    private void write(List<PendingEvent> events) {
        int size = events.size();
        Object[][] columns = new Object[6][size];
        for (int i = 0; i < size; i++) {
            PendingEvent event = events.get(i);
            columns[0][i] = event.id();
            columns[1][i] = event.aggregateType();
            columns[2][i] = event.aggregateId();
            columns[3][i] = event.type();
            columns[4][i] = event.timestamp().toString();
            columns[5][i] = event.payload();
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT_ALL)) {
            insert.setArray(1, connection.createArrayOf("uuid", columns[0]));
            for (int column = 1; column < 6; column++) {
                insert.setArray(column + 1, connection.createArrayOf("text", columns[column]));
            }
            insert.executeUpdate();
        } catch (SQLException e) {
            // ids and type only, never payloads
            throw new IllegalStateException("outbox write of " + size + " event(s) failed (first " + events.get(0).type()
                    + " " + events.get(0).id() + ")", e);
        }
    }

    private record PendingEvent(UUID id, String aggregateType, String aggregateId, String type, Instant timestamp,
            String payload) {
    }

    private static void requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("outbox " + name + " is required");
        }
    }
}
