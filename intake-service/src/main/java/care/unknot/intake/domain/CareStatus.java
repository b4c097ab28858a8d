package care.unknot.intake.domain;

/** Where a patient's care stands, as plan-service reports it on plan.events. */
public enum CareStatus {
    /** plan.activated: a plan is in progress. */
    PLAN_ACTIVE,
    /** plan.completed: the plan ended (discharge, referral to a physician or withdrawal). */
    DISCHARGED
}
