package care.unknot.intake.rest;

import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.IntakeAnswers;
import care.unknot.intake.domain.IntakeStatus;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.ScreeningResult;
import java.time.Instant;
import java.util.UUID;

/**
 * An intake with its stored screening.
 *
 * @param outcome the outcome in force (the screened one unless a review overrode it or a clearance was recorded)
 * @param eligibleForPlan reviewed and eligible: only such an intake leads to a plan
 */
public record IntakeResponse(
        UUID id,
        UUID patientId,
        IntakeStatus status,
        Outcome outcome,
        boolean eligibleForPlan,
        ScreeningResult screening,
        IntakeAnswers answers,
        String submittedBy,
        Instant submittedAt,
        Instant screenedAt,
        String reviewedBy,
        Instant reviewedAt) {

    static IntakeResponse of(Intake intake) {
        return new IntakeResponse(intake.id(), intake.patientId(), intake.status(), intake.outcome(),
                intake.eligibleForPlan(), intake.screening(), intake.answers(), intake.submittedBy(),
                intake.submittedAt(), intake.screenedAt(), intake.reviewedBy(), intake.reviewedAt());
    }
}
