package care.unknot.notification.webhook.domain;

import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanPhase;
import java.util.UUID;

/** The {@code data} of each partner-facing webhook: ids and statuses, nothing clinical. */
public final class PartnerEventData {

    private PartnerEventData() {
    }

    public record ReferralReceived(UUID referralId, UUID patientId, String partnerReference) {
    }

    public record ReferralUrgentRequired(UUID referralId, UUID patientId, UUID intakeId) {
    }

    public record IntakeReviewed(UUID intakeId, UUID patientId, ScreeningOutcome outcome, Boolean eligibleForPlan) {
    }

    public record PlanActivated(UUID planId, UUID patientId, PlanPhase phase) {
    }

    public record PlanPhaseChanged(UUID planId, UUID patientId, PlanPhase phase) {
    }

    public record PlanCompleted(UUID planId, UUID patientId, PlanCompletionReason reason) {
    }
}
