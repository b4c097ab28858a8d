package care.unknot.kit.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import care.unknot.kit.outbox.PublishOutcome.Refusal;

/**
 * One JDBC relay. A round runs in three steps, and no transaction (nor connection) stays open while it waits for
 * the broker:
 * <ol>
 * <li>claim, in a short transaction: the unsent rows that are due ({@code next_attempt_at <= now()}) and whose
 * key's earliest unsent row is due too, {@code FOR UPDATE SKIP LOCKED}; of each key only the gap-free prefix this
 * relay holds; those rows are leased by moving their {@code next_attempt_at} to the end of the lease (twice the
 * publish timeout), so no other relay claims them, and the transaction commits;</li>
 * <li>publish (per key one after another) and wait for the acks, at most {@code publish-timeout};</li>
 * <li>record, in a second short transaction: acked rows sent; a refused row gets its error, {@code attempts + 1}
 * and a back-off ({@code retry-initial} doubling to {@code retry-max}) in {@code next_attempt_at}, or is parked
 * after {@code max-attempts}; rows behind it in its key were not sent and are released.</li>
 * </ol>
 * A row held back (backing off, parked, or leased by another relay) thus holds back only its own key, and never
 * fills a batch. A relay that dies after the acks leaves its rows leased: another relay publishes them again when
 * the lease ends (at-least-once).
 */
public class OutboxRelayWorker extends RelayLoop {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);

    private static final String CLAIM = """
            SELECT o.id, o.aggregatetype, o.aggregateid, o.type, o.timestamp, o.payload::text, o.seq, o.attempts
              FROM outbox_event o
             WHERE o.sent_at IS NULL AND o.next_attempt_at <= now()
               AND (SELECT h.next_attempt_at FROM outbox_event h
                     WHERE h.aggregateid = o.aggregateid AND h.sent_at IS NULL
                     ORDER BY h.seq LIMIT 1) <= now()
             ORDER BY o.seq
             LIMIT ?
               FOR UPDATE OF o SKIP LOCKED""";
    private static final String UNSENT_OF_KEYS = """
            SELECT aggregateid, seq
              FROM outbox_event
             WHERE sent_at IS NULL AND aggregateid = ANY (?) AND seq <= ?
             ORDER BY seq""";
    private static final String LEASE =
            "UPDATE outbox_event SET next_attempt_at = now() + ? * interval '1 millisecond' WHERE id = ANY (?)";
    private static final String MARK_SENT = """
            UPDATE outbox_event SET sent_at = clock_timestamp(), attempts = attempts + 1, last_error = NULL
             WHERE id = ANY (?) AND sent_at IS NULL""";
    private static final String RELEASE =
            "UPDATE outbox_event SET next_attempt_at = now() WHERE id = ANY (?) AND sent_at IS NULL";
    private static final String REFUSED = """
            UPDATE outbox_event
               SET attempts = attempts + 1, last_error = ?,
                   next_attempt_at = CASE WHEN attempts + 1 >= ? THEN 'infinity'
                                          ELSE now() + ? * interval '1 millisecond' END,
                   parked_at = CASE WHEN attempts + 1 >= ? THEN now() END
             WHERE id = ? AND sent_at IS NULL""";

    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Duration sendWindow;
    private final RelayCounters counters;

    public OutboxRelayWorker(String name, DataSource dataSource, OutboxPublisher publisher, OutboxConfig config) {
        this(name, dataSource, publisher, config, RelayCounters.NONE);
    }

    public OutboxRelayWorker(String name, DataSource dataSource, OutboxPublisher publisher, OutboxConfig config,
            RelayCounters counters) {
        super(name, config);
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.config = config;
        this.counters = counters;
        Duration delivery = ProducerDeliveryTimeout.requireWithin(
                ProducerDeliveryTimeout.of(ConfigProvider.getConfig()), config.publishTimeout());
        this.sendWindow = config.publishTimeout().minus(delivery);
    }

    @Override
    public RelayRound relayOnce() throws SQLException {
        Claim claim = claimAndLease();
        if (claim.leased().isEmpty()) {
            return new RelayRound(claim.claimed(), 0, 0);
        }
        PublishOutcome<Row> outcome = PublishOutcome.publish(claim.leased(), row -> row.event().aggregateId(),
                row -> publisher.publish(row.event()), config.publishTimeout(), sendWindow);
        afterPublish(outcome.acked());
        record(outcome);
        if (LOG.isDebugEnabled()) {
            outcome.acked().forEach(row -> LOG.debugf("%s published %s %s", name(), row.event().type(),
                    row.event().id()));
        }
        return new RelayRound(claim.claimed(), outcome.acked().size(), outcome.failed().size());
    }

    /**
     * Called after the broker acknowledged and before the rows are marked sent (the crash window that makes
     * delivery at-least-once). A hook for tests that simulate a relay dying here; does nothing by default.
     */
    protected void afterPublish(List<Row> acked) {
    }

    private Claim claimAndLease() throws SQLException {
        return inTransaction(connection -> {
            List<Row> claimed = claim(connection);
            if (claimed.isEmpty()) {
                return new Claim(0, List.of());
            }
            List<Row> publishable = gapFreePrefixes(connection, claimed);
            if (!publishable.isEmpty()) {
                try (PreparedStatement lease = connection.prepareStatement(LEASE)) {
                    lease.setLong(1, config.publishTimeout().multipliedBy(2).toMillis());
                    lease.setArray(2, ids(connection, publishable));
                    lease.executeUpdate();
                }
            }
            return new Claim(claimed.size(), publishable);
        });
    }

    private void record(PublishOutcome<Row> outcome) throws SQLException {
        Set<Row> refusedRows = new HashSet<>();
        outcome.refused().forEach(refusal -> refusedRows.add(refusal.event()));
        List<Row> notSent = outcome.failed().stream().filter(row -> !refusedRows.contains(row)).toList();
        inTransaction(connection -> {
            update(connection, MARK_SENT, outcome.acked());
            update(connection, RELEASE, notSent);
            for (Refusal<Row> refusal : outcome.refused()) {
                refused(connection, refusal);
            }
            return null;
        });
    }

    private void refused(Connection connection, Refusal<Row> refusal) throws SQLException {
        Row row = refusal.event();
        int attempts = row.attempts() + 1;
        boolean park = attempts >= config.maxAttempts();
        String reason = refusal.reason().length() > 500 ? refusal.reason().substring(0, 500) : refusal.reason();
        try (PreparedStatement statement = connection.prepareStatement(REFUSED)) {
            statement.setString(1, reason);
            statement.setInt(2, config.maxAttempts());
            statement.setLong(3, backoff(attempts).toMillis());
            statement.setInt(4, config.maxAttempts());
            statement.setObject(5, row.event().id());
            statement.executeUpdate();
        }
        // ids, type and the producer's reason only: never the payload
        if (park) {
            counters.parked();
            LOG.errorf("outbox relay %s: event %s (%s, key %s) parked after %d attempts: %s", name(),
                    row.event().id(), row.event().type(), row.event().aggregateId(), attempts, reason);
        } else {
            counters.refused();
            LOG.warnf("outbox relay %s: event %s (%s, key %s) not acknowledged (attempt %d of %d), retrying in %s: %s",
                    name(), row.event().id(), row.event().type(), row.event().aggregateId(), attempts,
                    config.maxAttempts(), backoff(attempts), reason);
        }
    }

    /** {@code retry-initial} after the first failure, doubling per further failure, at most {@code retry-max}. */
    Duration backoff(int failures) {
        long delay = config.retryInitial().toMillis() << Math.min(Math.max(failures - 1, 0), 30);
        long max = config.retryMax().toMillis();
        return Duration.ofMillis(delay <= 0 ? max : Math.min(delay, max));
    }

    private List<Row> claim(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(CLAIM)) {
            statement.setInt(1, config.batchSize());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    OutboxEvent event = new OutboxEvent(result.getObject(1, UUID.class), result.getString(2),
                            result.getString(3), result.getString(4),
                            result.getObject(5, OffsetDateTime.class).toInstant(), result.getString(6));
                    rows.add(new Row(event, result.getLong(7), result.getInt(8)));
                }
            }
        }
        return rows;
    }

    /** Of each key, the rows held here from its earliest unsent row on, up to the first one not held here. */
    private List<Row> gapFreePrefixes(Connection connection, List<Row> claimed) throws SQLException {
        Map<Long, Row> heldBySeq = new HashMap<>();
        Set<String> keys = new LinkedHashSet<>();
        long maxSeq = 0;
        for (Row row : claimed) {
            heldBySeq.put(row.seq(), row);
            keys.add(row.event().aggregateId());
            maxSeq = Math.max(maxSeq, row.seq());
        }
        Set<String> blocked = new HashSet<>();
        List<Row> publishable = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNSENT_OF_KEYS)) {
            statement.setArray(1, connection.createArrayOf("varchar", keys.toArray()));
            statement.setLong(2, maxSeq);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String key = result.getString(1);
                    if (blocked.contains(key)) {
                        continue;
                    }
                    Row held = heldBySeq.get(result.getLong(2));
                    if (held == null) {
                        // an earlier unsent row of this key is not ours: another relay's, backing off, or parked
                        blocked.add(key);
                    } else {
                        publishable.add(held);
                    }
                }
            }
        }
        return publishable;
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static void update(Connection connection, String sql, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, ids(connection, rows));
            statement.executeUpdate();
        }
    }

    private static Array ids(Connection connection, List<Row> rows) throws SQLException {
        return connection.createArrayOf("uuid", rows.stream().map(r -> r.event().id()).toArray());
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private record Claim(int claimed, List<Row> leased) {
    }

    /** A claimed outbox row: the event, its position in the table, and its failed sends so far. */
    public record Row(OutboxEvent event, long seq, int attempts) {
    }
}
