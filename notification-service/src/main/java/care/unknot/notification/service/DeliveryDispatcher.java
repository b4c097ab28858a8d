package care.unknot.notification.service;

import care.unknot.events.notification.Channel;
import care.unknot.events.notification.NotificationFailureReason;
import care.unknot.notification.channel.ChannelSender;
import care.unknot.notification.channel.SendResult;
import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.domain.Recipient;
import care.unknot.notification.repository.Delivery;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries: claim a batch (leased, committed), send with no transaction open, record the outcomes.
 * Consent and address are checked as they are at the claim: never a send to a channel without consent.
 */
@ApplicationScoped
public class DeliveryDispatcher {

    private static final Logger LOG = Logger.getLogger(DeliveryDispatcher.class);

    private final DeliveryOutcomes outcomes;
    private final Clock clock;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final ExecutorService sending;

    public DeliveryDispatcher(DeliveryOutcomes outcomes, Instance<ChannelSender> senders, ReminderConfig config,
            Clock clock) {
        this.outcomes = outcomes;
        this.clock = clock;
        senders.forEach(s -> this.senders.put(s.channel(), s));
        this.sending = Executors.newFixedThreadPool(config.dispatch().sendConcurrency());
    }

    @PreDestroy
    void stop() {
        sending.shutdownNow();
    }

    /** @return the number of deliveries claimed (a full batch means more may be due) */
    public int dispatchBatch() {
        UUID token = UUID.randomUUID();
        List<Delivery> claimed = outcomes.claim(token);
        if (claimed.isEmpty()) {
            return 0;
        }
        Map<Delivery, CompletableFuture<SendResult>> pending = new LinkedHashMap<>();
        for (Delivery d : claimed) {
            pending.put(d, d.channel() == Channel.IN_APP ? CompletableFuture.completedFuture(send(d))
                    : CompletableFuture.supplyAsync(() -> send(d), sending));
        }
        Map<Delivery, SendResult> results = new LinkedHashMap<>();
        pending.forEach((d, f) -> results.put(d, f.join()));
        outcomes.record(results, token);
        return claimed.size();
    }

    private SendResult send(Delivery d) {
        if (d.expiresAt() != null && !clock.instant().isBefore(d.expiresAt())) {
            return new SendResult.Expired();
        }
        if (d.recipient() == Recipient.PATIENT) {
            boolean consent = d.consent() == null ? Consents.byDefault(d.channel()) : d.consent();
            if (!consent) {
                return new SendResult.Permanent(NotificationFailureReason.NO_CONSENT, "no consent");
            }
            if (d.channel() != Channel.IN_APP && (d.address() == null || d.address().isBlank())) {
                return new SendResult.Permanent(NotificationFailureReason.NO_CONTACT_ADDRESS, "no address");
            }
        }
        try {
            return senders.get(d.channel()).send(d.address(), d.title(), d.body());
        } catch (RuntimeException e) {
            LOG.errorf("delivery %s on %s failed unexpectedly: %s", d.id(), d.channel(), e.getClass().getName());
            return new SendResult.Transient("unexpected " + e.getClass().getSimpleName());
        }
    }
}
