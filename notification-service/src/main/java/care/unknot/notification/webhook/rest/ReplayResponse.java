package care.unknot.notification.webhook.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record ReplayResponse(@Schema(required = true, description = "Dead deliveries made due again") int replayed) {
}
