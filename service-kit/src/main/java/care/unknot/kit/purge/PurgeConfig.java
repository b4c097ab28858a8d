package care.unknot.kit.purge;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Retention and pace of the kit's purge jobs: sent outbox rows, processed-event records, expired Idempotency-Key
 * records ({@code unknot.idempotency.ttl} decides when those expire). Each job deletes in batches of
 * {@link #batchSize()} rows, each its own short statement that skips rows another replica is deleting, and stops
 * after {@link #maxBatches()} batches per run, so a run costs what is due and two replicas never wait on each other.
 */
@ConfigMapping(prefix = "unknot.purge")
public interface PurgeConfig {

    /** How often the purge jobs run. */
    @WithDefault("10m")
    Duration interval();

    @WithDefault("1000")
    int batchSize();

    /** Batches per job and run; what is left waits for the next run. */
    @WithDefault("100")
    int maxBatches();

    /** How long a published outbox row is kept (for inspection) before it is deleted. */
    @WithDefault("7d")
    Duration sentOutboxRetention();

    /**
     * How long a processed-event record is kept: longer than the retention of every topic the service consumes
     * (Kafka's default is 7 days), so a redelivered or replayed event is still recognised as a duplicate.
     */
    @WithDefault("14d")
    Duration processedEventRetention();
}
