package care.unknot.notification.webhook.service;

import care.unknot.kit.purge.BatchedPurge;
import care.unknot.kit.purge.PurgeConfig;
import care.unknot.notification.webhook.config.WebhookConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Deletes delivered webhooks older than {@code unknot.webhooks.delivery-retention}, in the kit's purge batches (each
 * takes the oldest rows {@code FOR UPDATE SKIP LOCKED} from a partial index, so replicas never wait on each other and
 * a run costs what is due). Pending and dead deliveries stay.
 */
@ApplicationScoped
public class WebhookDeliveryPurge {

    static final String DELETE_BATCH = "delete from webhook_delivery where id in (select id from webhook_delivery"
            + " where status = 'SUCCEEDED' and last_attempt_at < ? order by last_attempt_at limit ?"
            + " for update skip locked)";
    private static final Logger LOG = Logger.getLogger(WebhookDeliveryPurge.class);

    private final DataSource dataSource;
    private final WebhookConfig config;
    private final PurgeConfig purge;
    private final Clock clock;

    public WebhookDeliveryPurge(DataSource dataSource, WebhookConfig config, PurgeConfig purge, Clock clock) {
        this.dataSource = dataSource;
        this.config = config;
        this.purge = purge;
        this.clock = clock;
    }

    @Scheduled(every = "${unknot.purge.interval:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        LOG.debugf("purged %d delivered webhook(s)", purge());
    }

    /** @return how many delivered webhooks were deleted */
    public long purge() {
        Instant before = clock.instant().minus(config.deliveryRetention());
        return BatchedPurge.run(limit -> BatchedPurge.deleteBatch(dataSource, DELETE_BATCH, before, limit),
                purge.batchSize(), purge.maxBatches());
    }
}
