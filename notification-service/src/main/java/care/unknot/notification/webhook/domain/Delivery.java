package care.unknot.notification.webhook.domain;

import java.time.Instant;
import java.util.UUID;

/** One event for one subscription; its id is the {@code webhook-id} of every attempt. */
public record Delivery(
        UUID id,
        UUID subscriptionId,
        UUID eventId,
        String eventType,
        UUID patientId,
        String body,
        DeliveryStatus status,
        int attempts,
        Instant nextAttemptAt,
        Instant lastAttemptAt,
        Integer lastStatusCode,
        String lastError,
        Instant createdAt) {
}
