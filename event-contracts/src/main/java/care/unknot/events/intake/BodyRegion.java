package care.unknot.events.intake;

/** Region a precaution applies to (domain.md 1.2). */
public enum BodyRegion {
    NECK,
    JAW,
    UPPER_BACK,
    SCALP,
    OTHER
}
