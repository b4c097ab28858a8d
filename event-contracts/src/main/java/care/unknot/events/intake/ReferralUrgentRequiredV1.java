package care.unknot.events.intake;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code referral.urgent-required}: a referred patient's intake was screened URGENT_REFERRAL; the partner must
 * be told (webhook) and the patient sent to urgent care.
 *
 * @param emergencyRuleIds the emergency red flags that fired
 */
public record ReferralUrgentRequiredV1(
        UUID referralId,
        String partnerId,
        UUID patientId,
        UUID intakeId,
        List<String> emergencyRuleIds,
        Instant raisedAt) implements EventPayload {

    public ReferralUrgentRequiredV1 {
        emergencyRuleIds = EventLists.copyOrEmpty(emergencyRuleIds);
    }
}
