package care.unknot.notification.webhook.rest;

import care.unknot.events.notification.EndpointDisabledReason;
import care.unknot.notification.webhook.domain.Subscription;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A subscription; the secret only in the response that made or rotated it, never again. */
public record SubscriptionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String partnerId,
        @Schema(required = true) String url,
        @Schema(required = true) List<String> eventTypes,
        @Schema(required = true) boolean active,
        @Schema(description = "Why it is inactive") EndpointDisabledReason disabledReason,
        @Schema(description = "The signing secret (whsec_ + base64): only in the response to create and rotate")
        String secret,
        @Schema(description = "Until when the previous secret still signs next to the current one")
        Instant previousSecretValidUntil,
        @Schema(required = true) Instant createdAt) {

    static SubscriptionResponse of(Subscription s) {
        return of(s, null);
    }

    static SubscriptionResponse of(Subscription s, String secret) {
        return new SubscriptionResponse(s.id(), s.partnerId(), s.url(), s.eventTypes(), s.active(),
                s.disabledReason() == null ? null : EndpointDisabledReason.valueOf(s.disabledReason()), secret, s.previousSecretUntil(), s.createdAt());
    }
}
