package care.unknot.notification.webhook.rest;

import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.DeliveryStatus;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of the delivery log: status and attempts, without the body. */
public record DeliveryResponse(
        @Schema(required = true, description = "Also the webhook-id header of every attempt") UUID id,
        @Schema(required = true) UUID eventId,
        @Schema(required = true) String eventType,
        @Schema(required = true) DeliveryStatus status,
        @Schema(required = true) int attempts,
        @Schema(description = "The endpoint's last HTTP status; absent after a timeout or connection failure")
        Integer lastStatusCode,
        @Schema(description = "What went wrong last (status, timeout, refused target)") String lastError,
        Instant lastAttemptAt,
        @Schema(description = "When it is due next (PENDING only)") Instant nextAttemptAt,
        @Schema(required = true) Instant createdAt) {

    static DeliveryResponse of(Delivery d) {
        return new DeliveryResponse(d.id(), d.eventId(), d.eventType(), d.status(), d.attempts(), d.lastStatusCode(),
                d.lastError(), d.lastAttemptAt(), d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null,
                d.createdAt());
    }
}
