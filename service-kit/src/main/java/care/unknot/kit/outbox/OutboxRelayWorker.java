package care.unknot.kit.outbox;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * One JDBC relay: claims unsent rows with {@code FOR UPDATE SKIP LOCKED} in its own local transaction, publishes
 * the claimable ones, waits for the acks and marks them sent before committing. Competing workers (other
 * instances, or a second worker in one JVM) never publish the same row at the same time.
 *
 * <p>Per-aggregate order across competing workers: a key whose earliest unsent row is held by someone else is
 * left for later, and of each key only the gap-free prefix of the rows this worker holds is published.
 *
 * <p>A row the broker did not acknowledge waits out its own back-off (doubling per failure, from
 * {@code retry-initial} to {@code retry-max}) before this worker tries it again; until then it holds back its key
 * like a row another relay holds, while the other keys go on at full speed. The back-off is kept in memory.
 */
public class OutboxRelayWorker extends RelayLoop {

    private static final Logger LOG = Logger.getLogger(OutboxRelayWorker.class);

    private static final String CLAIM = """
            SELECT id, aggregatetype, aggregateid, type, timestamp, payload::text, seq
              FROM outbox_event
             WHERE sent_at IS NULL
             ORDER BY seq
             LIMIT ?
               FOR UPDATE SKIP LOCKED""";
    private static final String UNSENT_OF_KEYS = """
            SELECT aggregateid, seq
              FROM outbox_event
             WHERE sent_at IS NULL AND aggregateid = ANY (?) AND seq <= ?
             ORDER BY seq""";
    private static final String MARK_SENT =
            "UPDATE outbox_event SET sent_at = clock_timestamp(), attempts = attempts + 1 WHERE id = ANY (?)";
    private static final String COUNT_FAILED_ATTEMPT =
            "UPDATE outbox_event SET attempts = attempts + 1 WHERE id = ANY (?)";

    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final Map<UUID, Retry> retries = new ConcurrentHashMap<>();

    public OutboxRelayWorker(String name, DataSource dataSource, OutboxPublisher publisher, OutboxConfig config) {
        super(name, config);
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.config = config;
    }

    @Override
    public RelayRound relayOnce() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                RelayRound round = relayIn(connection);
                connection.commit();
                return round;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private RelayRound relayIn(Connection connection) throws SQLException {
        long due = System.nanoTime() - config.retryMax().toNanos();
        retries.values().removeIf(retry -> retry.notBefore() - due < 0); // long due: sent elsewhere, or forgotten
        List<Row> claimed = claim(connection);
        if (claimed.isEmpty()) {
            return RelayRound.EMPTY;
        }
        List<Row> publishable = gapFreePrefixes(connection, claimed);
        PublishOutcome<Row> outcome = PublishOutcome.publish(publishable, row -> row.event().aggregateId(),
                row -> publisher.publish(row.event()), config.publishTimeout());
        afterPublish(outcome.acked());
        update(connection, MARK_SENT, outcome.acked());
        update(connection, COUNT_FAILED_ATTEMPT, outcome.failed());
        outcome.acked().forEach(row -> retries.remove(row.event().id()));
        long now = System.nanoTime();
        outcome.failed().forEach(row -> retries.merge(row.event().id(), Retry.first(now, config),
                (previous, first) -> previous.next(now, config)));
        if (LOG.isDebugEnabled()) {
            outcome.acked().forEach(row -> LOG.debugf("%s published %s %s", name(), row.event().type(),
                    row.event().id()));
        }
        return new RelayRound(claimed.size(), outcome.acked().size(), outcome.failed().size());
    }

    /**
     * Called after the broker acknowledged and before the rows are marked sent (the crash window that makes
     * delivery at-least-once). A hook for tests that simulate a relay dying here; does nothing by default.
     */
    protected void afterPublish(List<Row> acked) {
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
                    rows.add(new Row(event, result.getLong(7)));
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
        Set<String> blocked = new java.util.HashSet<>();
        List<Row> publishable = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(UNSENT_OF_KEYS)) {
            Array keyArray = connection.createArrayOf("varchar", keys.toArray());
            statement.setArray(1, keyArray);
            statement.setLong(2, maxSeq);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    String key = result.getString(1);
                    if (blocked.contains(key)) {
                        continue;
                    }
                    Row held = heldBySeq.get(result.getLong(2));
                    if (held == null || backingOff(held)) {
                        // an earlier unsent row of this key is another relay's (or in flight), or waits to retry
                        blocked.add(key);
                    } else {
                        publishable.add(held);
                    }
                }
            }
        }
        return publishable;
    }

    private boolean backingOff(Row row) {
        Retry retry = retries.get(row.event().id());
        return retry != null && System.nanoTime() - retry.notBefore() < 0;
    }

    private static void update(Connection connection, String sql, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("uuid", rows.stream().map(r -> r.event().id()).toArray()));
            statement.executeUpdate();
        }
    }

    /** Failures of one row so far and when it may be tried again ({@link System#nanoTime()}). */
    private record Retry(int failures, long notBefore) {

        static Retry first(long now, OutboxConfig config) {
            return new Retry(1, now + config.retryInitial().toNanos());
        }

        Retry next(long now, OutboxConfig config) {
            long delay = config.retryInitial().toNanos() << Math.min(failures, 30);
            long capped = delay <= 0 ? config.retryMax().toNanos() : Math.min(delay, config.retryMax().toNanos());
            return new Retry(failures + 1, now + capped);
        }
    }

    /** A claimed outbox row: the event and its position in the table. */
    public record Row(OutboxEvent event, long seq) {
    }
}
