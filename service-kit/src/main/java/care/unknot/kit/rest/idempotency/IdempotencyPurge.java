package care.unknot.kit.rest.idempotency;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

import care.unknot.kit.purge.BatchedPurge;
import care.unknot.kit.purge.PurgeConfig;

/**
 * Deletes expired Idempotency-Key records every {@code unknot.idempotency.purge-interval}, in batches of
 * {@code unknot.purge.batch-size} (at most {@code unknot.purge.max-batches} per run).
 */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final Instance<IdempotencyStore> store;
    private final Clock clock;
    private final PurgeConfig purge;

    @Inject
    public IdempotencyPurge(Instance<IdempotencyStore> store, Clock clock, PurgeConfig purge) {
        this.store = store;
        this.clock = clock;
        this.purge = purge;
    }

    @Scheduled(every = "${unknot.idempotency.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (store.isResolvable()) {
            Instant now = clock.instant();
            long purged = BatchedPurge.run(limit -> store.get().purgeExpired(now, limit), purge.batchSize(),
                    purge.maxBatches());
            LOG.debugf("purged %d expired idempotency record(s)", purged);
        }
    }
}
