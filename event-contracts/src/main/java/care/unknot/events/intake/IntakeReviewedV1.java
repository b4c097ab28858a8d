package care.unknot.events.intake;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code intake.reviewed}: a therapist accepted or overrode the screening outcome (domain.md 1.5). The override
 * reason is audited in intake-service, not published.
 *
 * @param reviewerId the reviewing therapist (token subject)
 * @param screenedOutcome the outcome the screening computed
 * @param outcome the outcome in force after the review (equal to {@code screenedOutcome} unless overridden)
 * @param eligibleForPlan whether the intake may now lead to a plan (domain.md 1.5: reviewed and the outcome in force
 *     ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS); the same rule as intake-service's API field. Added in place (additive):
 *     absent in events published before it existed
 */
public record IntakeReviewedV1(
        UUID intakeId,
        UUID patientId,
        String reviewerId,
        ScreeningOutcome screenedOutcome,
        ScreeningOutcome outcome,
        Boolean eligibleForPlan,
        Boolean overridden,
        Instant reviewedAt) implements EventPayload {
}
