package care.unknot.kit.consume;

import java.time.Clock;
import java.time.Instant;
import java.util.function.IntUnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import care.unknot.kit.consume.mongo.MongoProcessedEvents;
import care.unknot.kit.purge.BatchedPurge;
import care.unknot.kit.purge.PurgeConfig;

/**
 * Deletes processed-event records older than {@code unknot.purge.processed-event-retention} (longer than the
 * topics keep their records, so no redelivery can still arrive for them), in batches, in whichever store the
 * service has.
 */
@ApplicationScoped
public class ProcessedEventsPurge {

    private static final Logger LOG = Logger.getLogger(ProcessedEventsPurge.class);

    private final Instance<ProcessedEvents> jdbc;
    private final Instance<MongoProcessedEvents> mongo;
    private final Clock clock;
    private final PurgeConfig config;

    @Inject
    public ProcessedEventsPurge(Instance<ProcessedEvents> jdbc, Instance<MongoProcessedEvents> mongo, Clock clock,
            PurgeConfig config) {
        this.jdbc = jdbc;
        this.mongo = mongo;
        this.clock = clock;
        this.config = config;
    }

    @Scheduled(every = "${unknot.purge.interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        Instant before = clock.instant().minus(config.processedEventRetention());
        IntUnaryOperator batch = jdbc.isResolvable() ? limit -> jdbc.get().purgeBefore(before, limit)
                : mongo.isResolvable() ? limit -> mongo.get().purgeBefore(before, limit)
                : null;
        if (batch != null) {
            long purged = BatchedPurge.run(batch, config.batchSize(), config.maxBatches());
            LOG.debugf("purged %d processed-event record(s)", purged);
        }
    }
}
