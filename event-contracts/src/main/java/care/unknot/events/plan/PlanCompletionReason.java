package care.unknot.events.plan;

/** How a plan ended. */
public enum PlanCompletionReason {
    DISCHARGED,
    REFERRED_TO_PHYSICIAN,
    WITHDRAWN
}
