package care.unknot.notification.service;

import care.unknot.events.notification.NotificationFailedV1;
import care.unknot.events.notification.NotificationFailureReason;
import care.unknot.events.notification.NotificationSentV1;
import care.unknot.kit.outbox.Outbox;
import care.unknot.kit.outbox.OutboxEntry;
import care.unknot.notification.channel.SendResult;
import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.domain.WithdrawalReason;
import care.unknot.notification.repository.Delivery;
import care.unknot.notification.repository.DeliveryRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The dispatcher's two short transactions: the claim (a lease on due deliveries) and the record of what the
 * channels answered, with {@code notification.sent} / {@code notification.failed} through the kit's outbox.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    /** Events about a patient are keyed by the patient id, like every other service's. */
    static final String AGGREGATE = "patient";

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

    /**
     * Records the batch: the patients' outbox locks first (one statement, fixed order), the sent rows in one
     * update, their events in one insert; failures and retries (rare) row by row. A row whose lease another
     * dispatcher took over meanwhile is left to that one.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(Map<Delivery, SendResult> results, UUID token) {
        Instant now = clock.instant();
        outbox.lockAll(AGGREGATE, results.keySet().stream().map(d -> d.patientId().toString()).toList());
        List<Delivery> sent = results.entrySet().stream().filter(e -> e.getValue() instanceof SendResult.Sent)
                .map(Map.Entry::getKey).toList();
        Set<UUID> marked = deliveries.markAllSent(sent.stream().map(Delivery::id).toList(), token, now);
        List<OutboxEntry> events = new ArrayList<>();
        sent.stream().filter(d -> marked.contains(d.id())).forEach(d -> events.add(new OutboxEntry(
                d.patientId().toString(), new NotificationSentV1(d.id(), d.patientId(), d.channel(), d.template(),
                        now))));
        results.forEach((d, result) -> {
            if (result instanceof SendResult.Permanent failed) {
                fail(events, d, token, failed.reason(), failed.error(), now);
            } else if (result instanceof SendResult.Expired) {
                deliveries.markWithdrawn(d.id(), token, WithdrawalReason.EXPIRED); // not sent, not failed: no event
            } else if (result instanceof SendResult.Transient retry) {
                if (d.attempts() >= config.maxAttempts()) {
                    fail(events, d, token, NotificationFailureReason.RETRIES_EXHAUSTED, retry.error(), now);
                } else {
                    deliveries.markRetry(d.id(), token, now.plus(backOff(d.attempts())), retry.error());
                }
            }
        });
        outbox.appendAll(AGGREGATE, events);
    }

    private void fail(List<OutboxEntry> events, Delivery d, UUID token, NotificationFailureReason reason,
            String error, Instant now) {
        if (deliveries.markFailed(d.id(), token, reason, error)) {
            events.add(new OutboxEntry(d.patientId().toString(),
                    new NotificationFailedV1(d.id(), d.patientId(), d.channel(), d.template(), reason, now)));
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
