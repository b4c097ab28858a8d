package care.unknot.intake.domain;

/** Where the patient stands in intake, from the latest intake (plan stages arrive later from plan.events). */
public enum PatientStatus {
    REGISTERED, AWAITING_REVIEW, AWAITING_CLEARANCE, ELIGIBLE, URGENT_REFERRAL
}
