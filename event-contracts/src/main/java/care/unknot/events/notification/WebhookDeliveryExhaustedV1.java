package care.unknot.events.notification;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code webhook.delivery-exhausted}: every retry of a webhook delivery failed; it is dead-lettered and replayable.
 *
 * @param eventId the {@code ce_id} of the event the delivery carried
 * @param lastStatusCode the endpoint's last HTTP status, absent after a timeout or connection failure
 */
public record WebhookDeliveryExhaustedV1(
        UUID deliveryId,
        UUID subscriptionId,
        String partnerId,
        UUID eventId,
        String eventType,
        UUID patientId,
        Integer attempts,
        Integer lastStatusCode,
        Instant exhaustedAt) implements EventPayload {
}
