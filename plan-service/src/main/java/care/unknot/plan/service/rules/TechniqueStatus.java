package care.unknot.plan.service.rules;

/** What the precautions left of a technique: as usual, gentle pressure only, or not at all. */
public enum TechniqueStatus {
    KEPT,
    GENTLE,
    REMOVED
}
