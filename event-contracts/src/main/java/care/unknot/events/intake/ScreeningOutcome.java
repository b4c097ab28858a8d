package care.unknot.events.intake;

/** Screening outcome, in precedence order (domain.md 1.2). */
public enum ScreeningOutcome {
    URGENT_REFERRAL,
    NEEDS_MEDICAL_CLEARANCE,
    ELIGIBLE_WITH_PRECAUTIONS,
    ELIGIBLE
}
