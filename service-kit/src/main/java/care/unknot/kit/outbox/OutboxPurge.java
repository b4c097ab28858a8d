package care.unknot.kit.outbox;

import java.time.Clock;
import java.time.Instant;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;

import care.unknot.kit.purge.BatchedPurge;
import care.unknot.kit.purge.PurgeConfig;

/** Deletes outbox rows published longer ago than {@code unknot.purge.sent-outbox-retention}, in batches. */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);
    // seq order walks the unique index from the oldest rows; SKIP LOCKED: a replica purging too takes other rows
    private static final String PURGE_BATCH = """
            DELETE FROM outbox_event WHERE id IN (
                SELECT id FROM outbox_event WHERE sent_at < ? ORDER BY seq LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final DataSource dataSource;
    private final Clock clock;
    private final PurgeConfig config;

    @Inject
    public OutboxPurge(DataSource dataSource, Clock clock, PurgeConfig config) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${unknot.purge.interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Instant before = clock.instant().minus(config.sentOutboxRetention());
        long purged = BatchedPurge.run(limit -> purgeSentBefore(before, limit), config.batchSize(),
                config.maxBatches());
        LOG.debugf("purged %d sent outbox row(s)", purged);
    }

    /** One batch: deletes at most {@code limit} rows sent before {@code before}; returns how many. */
    public int purgeSentBefore(Instant before, int limit) {
        return BatchedPurge.deleteBatch(dataSource, PURGE_BATCH, before, limit);
    }
}
