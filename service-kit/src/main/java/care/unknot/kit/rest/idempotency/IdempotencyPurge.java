package care.unknot.kit.rest.idempotency;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes expired Idempotency-Key records every {@code unknot.idempotency.purge-interval}. */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final Instance<IdempotencyStore> store;
    private final Clock clock;

    @Inject
    public IdempotencyPurge(Instance<IdempotencyStore> store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(every = "${unknot.idempotency.purge-interval:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() {
        if (store.isResolvable()) {
            long purged = store.get().purgeExpired(clock.instant());
            LOG.debugf("purged %d expired idempotency record(s)", purged);
        }
    }
}
