package care.unknot.intake.domain;

public enum ReviewDecision {
    ACCEPT, OVERRIDE
}
