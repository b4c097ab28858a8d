package care.unknot.events.notification;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** {@code webhook.endpoint-disabled}: a partner's webhook subscription stopped receiving deliveries. Keyed by partner id. */
public record WebhookEndpointDisabledV1(
        UUID subscriptionId,
        String partnerId,
        EndpointDisabledReason reason,
        Instant disabledAt) implements EventPayload {
}
