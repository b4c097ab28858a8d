package care.unknot.notification.webhook.service;

import care.unknot.events.notification.EndpointDisabledReason;
import care.unknot.events.notification.WebhookDeliveryExhaustedV1;
import care.unknot.kit.outbox.Outbox;
import care.unknot.notification.webhook.config.WebhookConfig;
import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.DeliveryStatus;
import care.unknot.notification.webhook.domain.RetryPolicy;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.repository.DeliveryRepository;
import care.unknot.notification.webhook.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.logging.Logger;

/** The dispatcher's short transactions: claim due deliveries, record each attempt's outcome. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class DeliveryRecorder {

    static final String PATIENT_AGGREGATE = "patient";
    private static final Logger LOG = Logger.getLogger(DeliveryRecorder.class);

    private final DeliveryRepository deliveries;
    private final SubscriptionRepository subscriptions;
    private final EndpointSwitch endpoints;
    private final Outbox outbox;
    private final WebhookConfig config;
    private final RetryPolicy retries;
    private final Clock clock;

    public DeliveryRecorder(DeliveryRepository deliveries, SubscriptionRepository subscriptions,
            EndpointSwitch endpoints, Outbox outbox, WebhookConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.outbox = outbox;
        this.config = config;
        this.retries = RetryPolicy.of(config, () -> ThreadLocalRandom.current().nextDouble());
        this.clock = clock;
    }

    /** Due deliveries leased to this dispatcher for one attempt (the timeout plus a margin). */
    public List<Delivery> claim(Collection<UUID> saturated, int limit) {
        Instant now = clock.instant();
        Instant leaseUntil = now.plus(config.timeout()).plus(config.timeout());
        return deliveries.claim(now, leaseUntil, saturated, limit);
    }

    public void release(Delivery delivery) {
        deliveries.release(delivery.id(), clock.instant());
    }

    public Optional<Subscription> subscription(UUID id) {
        return subscriptions.find(id);
    }

    /** Its endpoint was disabled meanwhile: dead without an attempt, replayable once the endpoint is active. */
    public void endpointInactive(Delivery delivery) {
        deliveries.killPending(delivery.subscriptionId());
    }

    public void succeeded(Delivery delivery, int statusCode) {
        deliveries.attempted(delivery.id(), DeliveryStatus.SUCCEEDED, clock.instant(), statusCode, null, null);
        subscriptions.succeeding(delivery.subscriptionId());
    }

    /**
     * A failed attempt ({@code statusCode} null after a timeout, connection failure or refused target): retried on
     * the schedule (or after {@code retryAfter}), dead after the last attempt with {@code webhook.delivery-exhausted};
     * 410 disables the endpoint, and so does failing without a success for {@code disable-after-failing}.
     */
    public void failed(Delivery delivery, Integer statusCode, String error, Optional<Duration> retryAfter) {
        var patientEvents = outbox.lock(PATIENT_AGGREGATE, delivery.patientId().toString());
        Instant now = clock.instant();
        Optional<Subscription> locked = subscriptions.lock(delivery.subscriptionId());
        int attempts = delivery.attempts() + 1;
        boolean gone = statusCode != null && statusCode == 410;
        Optional<Duration> next = gone ? Optional.empty() : retries.nextDelay(attempts, retryAfter);
        if (next.isPresent()) {
            deliveries.attempted(delivery.id(), DeliveryStatus.PENDING, now, statusCode, error, now.plus(next.get()));
        } else {
            deliveries.attempted(delivery.id(), DeliveryStatus.DEAD, now, statusCode, error, null);
        }
        if (next.isEmpty() && !gone) {
            String partnerId = locked.map(Subscription::partnerId).orElse(null);
            patientEvents.append(new WebhookDeliveryExhaustedV1(delivery.id(), delivery.subscriptionId(), partnerId,
                    delivery.eventId(), delivery.eventType(), delivery.patientId(), attempts, statusCode, now));
            LOG.warnf("webhook delivery %s dead after %d attempts (%s)", delivery.id(), attempts, delivery.eventType());
        }
        if (locked.isEmpty()) {
            return;
        }
        Subscription subscription = locked.get();
        Instant failingSince = subscription.failingSince() == null ? now : subscription.failingSince();
        if (gone) {
            endpoints.disable(subscription, EndpointDisabledReason.GONE_410, now);
        } else if (!failingSince.plus(config.disableAfterFailing()).isAfter(now)) {
            endpoints.disable(subscription, EndpointDisabledReason.DELIVERIES_EXHAUSTED, now);
        } else {
            subscriptions.failing(subscription.id(), now);
        }
    }
}
