package care.unknot.events.intake;

/** Level of a screening rule (domain.md 1.4): emergency red flags, clearance (other red flags and CI-*), precaution (PR-*). */
public enum RuleLevel {
    EMERGENCY,
    CLEARANCE,
    PRECAUTION
}
