package care.unknot.notification.webhook.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as a partner writes it. */
public record SubscriptionRequest(
        @Schema(description = "The partner's receiving endpoint: https, not resolving to a private, loopback or"
                + " link-local address") @NotBlank @Size(max = 2048) String url,
        @Schema(description = "Partner event types to receive: referral.received, referral.urgent-required,"
                + " intake.reviewed, plan.activated, plan.phase-changed, plan.completed")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 100) String> eventTypes,
        @Schema(description = "Whether deliveries are made; false switches the endpoint off (default true)")
        Boolean active) {

    boolean activeOrDefault() {
        return active == null || active;
    }
}
