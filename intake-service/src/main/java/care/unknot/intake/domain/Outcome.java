package care.unknot.intake.domain;

public enum Outcome {
    URGENT_REFERRAL, NEEDS_MEDICAL_CLEARANCE, ELIGIBLE_WITH_PRECAUTIONS, ELIGIBLE
}
