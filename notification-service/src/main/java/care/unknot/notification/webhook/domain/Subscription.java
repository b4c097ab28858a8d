package care.unknot.notification.webhook.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partner's webhook subscription as stored (secrets stay encrypted here). */
public record Subscription(
        UUID id,
        String partnerId,
        String url,
        List<String> eventTypes,
        boolean active,
        String disabledReason,
        byte[] secret,
        byte[] previousSecret,
        Instant previousSecretUntil,
        Instant failingSince,
        long version,
        Instant createdAt) {
}
