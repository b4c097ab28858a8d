package care.unknot.events.plan;

/** Care mode (domain.md 2.2). */
public enum CareMode {
    CLINIC_LED,
    SELF_MANAGED
}
