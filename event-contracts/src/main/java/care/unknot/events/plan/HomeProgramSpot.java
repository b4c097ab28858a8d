package care.unknot.events.plan;

/** Self-release spots of the home program (domain.md 2.5). */
public enum HomeProgramSpot {
    UPPER_TRAPEZIUS,
    STERNOCLEIDOMASTOID,
    SUBOCCIPITALS
}
