package care.unknot.notification.service;

import care.unknot.events.notification.NotificationFailedV1;
import care.unknot.events.notification.NotificationFailureReason;
import care.unknot.events.notification.NotificationSentV1;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.outbox.Outbox;
import care.unknot.notification.channel.SendResult;
import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.repository.Delivery;
import care.unknot.notification.repository.DeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The dispatcher's two short transactions: the claim (a lease on due deliveries) and the record of what the
 * channels answered, with {@code notification.sent} / {@code notification.failed} through the kit's outbox.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    private final DeliveryRepository deliveries;
    private final Outbox outbox;
    private final ReminderConfig.Dispatch config;
    private final Clock clock;

    public DeliveryOutcomes(DeliveryRepository deliveries, Outbox outbox, ReminderConfig config, Clock clock) {
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.config = config.dispatch();
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<Delivery> claim(UUID token) {
        Instant now = clock.instant();
        return deliveries.claim(now, config.batchSize(), token, now.plus(config.lease()));
    }

    /** Records the batch; a row whose lease another dispatcher took over meanwhile is left to that one. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Map<Delivery, SendResult> results, UUID token) {
        Instant now = clock.instant();
        // the patients' outbox locks in one fixed order, so two dispatchers cannot deadlock on them
        var ordered = results.keySet().stream().sorted(Comparator.comparing(Delivery::patientId)
                .thenComparing(Delivery::id)).toList();
        for (Delivery d : ordered) {
            AggregateOutbox events = outbox.lock("patient", d.patientId().toString());
            SendResult result = results.get(d);
            if (result instanceof SendResult.Permanent failed) {
                fail(events, d, token, failed.reason(), failed.error(), now);
            } else if (result instanceof SendResult.Transient retry) {
                if (d.attempts() >= config.maxAttempts()) {
                    fail(events, d, token, NotificationFailureReason.RETRIES_EXHAUSTED, retry.error(), now);
                } else {
                    deliveries.markRetry(d.id(), token, now.plus(backOff(d.attempts())), retry.error());
                }
            } else if (deliveries.markSent(d.id(), token, now)) {
                events.append(new NotificationSentV1(d.id(), d.patientId(), d.channel(), d.template(), now));
            }
        }
    }

    private void fail(AggregateOutbox events, Delivery d, UUID token, NotificationFailureReason reason, String error,
            Instant now) {
        if (deliveries.markFailed(d.id(), token, reason, error)) {
            events.append(new NotificationFailedV1(d.id(), d.patientId(), d.channel(), d.template(), reason, now));
        }
    }

    /** retry-initial after the first attempt, doubling, at most retry-max. */
    Duration backOff(int attempts) {
        Duration delay = config.retryInitial();
        for (int i = 1; i < attempts && delay.compareTo(config.retryMax()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(config.retryMax()) > 0 ? config.retryMax() : delay;
    }
}
