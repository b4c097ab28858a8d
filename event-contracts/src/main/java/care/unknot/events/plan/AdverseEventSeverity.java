package care.unknot.events.plan;

/** Severity of an adverse reaction recorded with a session. */
public enum AdverseEventSeverity {
    MILD,
    MODERATE,
    SEVERE
}
