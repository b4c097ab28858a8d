package care.unknot.plan.service.rules;

/** Whether a suggested treatment area stays in the plan. */
public enum AreaStatus {
    KEPT,
    EXCLUDED
}
