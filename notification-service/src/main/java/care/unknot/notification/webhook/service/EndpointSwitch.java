package care.unknot.notification.webhook.service;

import care.unknot.events.notification.EndpointDisabledReason;
import care.unknot.events.notification.WebhookEndpointDisabledV1;
import care.unknot.kit.outbox.Outbox;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.repository.DeliveryRepository;
import care.unknot.notification.webhook.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Turns an endpoint off: the subscription inactive with its reason, its pending deliveries dead (replayable), and
 * {@code webhook.endpoint-disabled} (keyed by partner id) through the outbox in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class EndpointSwitch {

    static final String PARTNER_AGGREGATE = "partner";
    private static final Logger LOG = Logger.getLogger(EndpointSwitch.class);

    private final Outbox outbox;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;

    public EndpointSwitch(Outbox outbox, SubscriptionRepository subscriptions, DeliveryRepository deliveries) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
    }

    /** Disables the subscription (read under its row lock in this transaction) unless it is inactive already. */
    public void disable(Subscription locked, EndpointDisabledReason reason, Instant now) {
        if (!locked.active()) {
            return;
        }
        var events = outbox.lock(PARTNER_AGGREGATE, locked.partnerId());
        subscriptions.update(new Subscription(locked.id(), locked.partnerId(), locked.url(), locked.eventTypes(),
                false, reason.name(), locked.secret(), locked.previousSecret(), locked.previousSecretUntil(), null,
                locked.version(), locked.createdAt()));
        int killed = deliveries.killPending(locked.id());
        events.append(new WebhookEndpointDisabledV1(locked.id(), locked.partnerId(), reason, now));
        LOG.infof("webhook subscription %s disabled (%s); %d pending deliveries dead", locked.id(), reason, killed);
    }
}
