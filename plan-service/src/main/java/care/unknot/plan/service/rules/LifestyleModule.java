package care.unknot.plan.service.rules;

/** Lifestyle modules of a combined plan (domain.md 2.3). */
public enum LifestyleModule {
    SLEEP_REGULARITY,
    STRESS_MANAGEMENT,
    REGULAR_MEALS_AND_HYDRATION,
    POSTURE_AND_DESK_ERGONOMICS
}
