package care.unknot.intake.domain;

/** Screening levels of domain.md 1.4, strongest first; each decides one outcome. */
public enum RuleLevel {
    EMERGENCY(Outcome.URGENT_REFERRAL),
    CLEARANCE(Outcome.NEEDS_MEDICAL_CLEARANCE),
    PRECAUTION(Outcome.ELIGIBLE_WITH_PRECAUTIONS);

    private final Outcome outcome;

    RuleLevel(Outcome outcome) {
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
