package care.unknot.events.plan;

/** Decision proposed at a progress checkpoint (domain.md 2.4); the therapist confirms or overrides it. */
public enum CheckpointDecision {
    CONTINUE,
    RE_EVALUATE,
    REVIEW_REQUIRED,
    TAPER,
    EXTEND
}
