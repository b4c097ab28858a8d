package care.unknot.events.intake;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** {@code referral.received}: a partner clinic referred a patient. The referral reason (free text) stays in intake. */
public record ReferralReceivedV1(
        UUID referralId,
        UUID patientId,
        String partnerId,
        String partnerReference,
        Instant receivedAt) implements EventPayload {
}
