package care.unknot.notification.webhook.service;

import care.unknot.events.EventJson;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.notification.webhook.domain.PartnerEventTypes;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.repository.AudienceRepository;
import care.unknot.notification.webhook.repository.DeliveryRepository;
import care.unknot.notification.webhook.repository.SubscriptionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a consumed event into one PENDING delivery per active subscription to its type of a partner that may hear
 * about the patient (referred it or has its consent now). Runs in the consumer's transaction; a redelivered event
 * adds nothing (one delivery per subscription and event id).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class WebhookFanOut {

    private final AudienceRepository audience;
    private final SubscriptionRepository subscriptions;
    private final DeliveryRepository deliveries;
    private final Clock clock;

    public WebhookFanOut(AudienceRepository audience, SubscriptionRepository subscriptions,
            DeliveryRepository deliveries, Clock clock) {
        this.audience = audience;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    /** @return how many deliveries were added */
    public int fanOut(IncomingEvent event, UUID patientId, Instant eventTime, Object data) {
        if (!PartnerEventTypes.isKnown(event.type())) {
            throw new IllegalArgumentException(event.type() + " is not a partner event type");
        }
        UUID eventId = eventId(event);
        List<String> partners = audience.partnersOf(patientId);
        if (partners.isEmpty()) {
            return 0;
        }
        String body = body(event.type(), eventTime, data);
        Instant now = clock.instant();
        int added = 0;
        for (Subscription subscription : subscriptions.activeFor(partners, event.type())) {
            if (deliveries.insert(UUID.randomUUID(), subscription.id(), eventId, event.type(), patientId, body, now)) {
                added++;
            }
        }
        return added;
    }

    private static UUID eventId(IncomingEvent event) {
        try {
            return UUID.fromString(event.id());
        } catch (IllegalArgumentException e) {
            throw PoisonEvent.unprocessable(event.type() + ": ce_id is not a UUID");
        }
    }

    /** The Standard Webhooks payload: {@code {type, timestamp, data}}. */
    static String body(String type, Instant eventTime, Object data) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("timestamp", eventTime);
        body.put("data", data);
        try {
            return EventJson.mapper().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body of " + type + " cannot be written", e);
        }
    }
}
