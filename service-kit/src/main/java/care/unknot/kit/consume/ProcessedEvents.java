package care.unknot.kit.consume;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.purge.BatchedPurge;

/**
 * The processed-event log of idempotent consumers (PostgreSQL). {@link TransactionalEffectRunner} calls it first
 * in the transaction of the effect (consumers go through {@link EventConsumer}); the row commits with the effect,
 * so a redelivered event (relay retry, consumer rebalance, dead-letter replay) is applied once.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class ProcessedEvents {

    private static final String INSERT = """
            INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)
            ON CONFLICT (consumer, event_id) DO NOTHING""";
    private static final String PURGE_BATCH = """
            DELETE FROM processed_event WHERE (consumer, event_id) IN (
                SELECT consumer, event_id FROM processed_event WHERE processed_at < ?
                 ORDER BY processed_at LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final DataSource dataSource;
    private final Clock clock;

    @Inject
    public ProcessedEvents(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Records the event for this consumer. A concurrent first delivery of the same event waits on the key and
     * then sees the duplicate.
     *
     * @return true the first time, false for every redelivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        if (consumer == null || consumer.isBlank() || eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("consumer and eventId are required");
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setString(1, consumer);
            insert.setString(2, eventId);
            insert.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
            return insert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("recording event " + eventId + " for " + consumer + " failed", e);
        }
    }

    /**
     * One purge batch (see {@code ProcessedEventsPurge}): deletes at most {@code limit} records processed before
     * {@code before}; a replica purging at the same time skips the rows this one is deleting.
     */
    public int purgeBefore(Instant before, int limit) {
        return BatchedPurge.deleteBatch(dataSource, PURGE_BATCH, before, limit);
    }
}
