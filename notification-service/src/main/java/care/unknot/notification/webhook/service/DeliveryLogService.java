package care.unknot.notification.webhook.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.DeliveryStatus;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.repository.DeliveryRepository;
import care.unknot.notification.webhook.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** A subscription's delivery log, and replays: one delivery, or all dead ones of the endpoint. */
@ApplicationScoped
@Transactional
public class DeliveryLogService {

    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final PartnerAccess access;
    private final Clock clock;

    public DeliveryLogService(SubscriptionRepository subscriptions, DeliveryRepository deliveries,
            PartnerAccess access, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.access = access;
        this.clock = clock;
    }

    public List<Delivery> list(String partnerId, UUID subscriptionId, DeliveryStatus status, UUID after, int limit) {
        own(partnerId, subscriptionId);
        return deliveries.ofSubscription(subscriptionId, status, after, limit);
    }

    /** Sends a delivery again from its first attempt (same webhook-id). */
    public Delivery replay(String partnerId, UUID subscriptionId, UUID deliveryId) {
        active(own(partnerId, subscriptionId));
        Delivery delivery = deliveries.find(subscriptionId, deliveryId)
                .orElseThrow(() -> ProblemException.notFound("No such delivery of this subscription."));
        if (!deliveries.replay(subscriptionId, deliveryId, clock.instant())) {
            throw ProblemException.conflict("The delivery is still pending: it will be attempted anyway.");
        }
        return deliveries.find(subscriptionId, delivery.id()).orElseThrow();
    }

    /** @return how many dead deliveries were made due again */
    public int replayDead(String partnerId, UUID subscriptionId) {
        active(own(partnerId, subscriptionId));
        return deliveries.replayDead(subscriptionId, clock.instant());
    }

    private Subscription own(String partnerId, UUID subscriptionId) {
        access.require(partnerId);
        return subscriptions.find(subscriptionId).filter(s -> s.partnerId().equals(partnerId))
                .orElseThrow(SubscriptionService::notFound);
    }

    private static void active(Subscription subscription) {
        if (!subscription.active()) {
            throw ProblemException.conflict("The endpoint is disabled: make it active again before replaying.");
        }
    }
}
