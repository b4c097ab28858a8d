package care.unknot.intake.service;

import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.IntakeStatus;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.PatientStatus;

/** The patient's status follows its latest intake (domain.md 1.5). */
final class PatientStatusPolicy {

    private PatientStatusPolicy() {
    }

    static PatientStatus after(Intake latest) {
        if (latest.outcome() == Outcome.URGENT_REFERRAL) {
            return PatientStatus.URGENT_REFERRAL;
        }
        if (latest.status() != IntakeStatus.REVIEWED) {
            return PatientStatus.AWAITING_REVIEW;
        }
        return latest.outcome() == Outcome.NEEDS_MEDICAL_CLEARANCE
                ? PatientStatus.AWAITING_CLEARANCE
                : PatientStatus.ELIGIBLE;
    }
}
