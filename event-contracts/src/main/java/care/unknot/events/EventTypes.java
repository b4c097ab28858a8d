package care.unknot.events;

/** One constant per CloudEvents {@code ce_type} of the event catalog (architecture.md, "Events"). */
public final class EventTypes {

    // intake-service -> intake.events
    public static final String PATIENT_REGISTERED = "patient.registered";
    public static final String PATIENT_UPDATED = "patient.updated";
    public static final String REFERRAL_RECEIVED = "referral.received";
    public static final String INTAKE_SUBMITTED = "intake.submitted";
    public static final String INTAKE_SCREENED = "intake.screened";
    public static final String INTAKE_REVIEWED = "intake.reviewed";
    public static final String INTAKE_CLEARANCE_RECORDED = "intake.clearance-recorded";
    public static final String REFERRAL_URGENT_REQUIRED = "referral.urgent-required";

    // plan-service -> plan.events
    public static final String PLAN_DRAFTED = "plan.drafted";
    public static final String PLAN_ACTIVATED = "plan.activated";
    public static final String PLAN_PHASE_CHANGED = "plan.phase-changed";
    public static final String PLAN_REVIEW_REQUIRED = "plan.review-required";
    public static final String PLAN_COMPLETED = "plan.completed";
    public static final String SESSION_SCHEDULED = "session.scheduled";
    public static final String SESSION_RESCHEDULED = "session.rescheduled";
    public static final String SESSION_CANCELLED = "session.cancelled";
    public static final String SESSION_COMPLETED = "session.completed";
    public static final String HOME_PROGRAM_ASSIGNED = "home-program.assigned";
    public static final String ADVERSE_EVENT_REPORTED = "adverse-event.reported";

    // diary-service -> diary.events
    public static final String DIARY_ENTRY_RECORDED = "diary.entry-recorded";
    public static final String PROGRESS_UPDATED = "progress.updated";
    public static final String DIARY_ALERT_RAISED = "diary.alert-raised";
    public static final String DIARY_GAP_DETECTED = "diary.gap-detected";
    public static final String MOH_THRESHOLD_CROSSED = "moh.threshold-crossed";

    // notification-service -> notification.events
    public static final String NOTIFICATION_SENT = "notification.sent";
    public static final String NOTIFICATION_FAILED = "notification.failed";
    public static final String WEBHOOK_DELIVERY_EXHAUSTED = "webhook.delivery-exhausted";
    public static final String WEBHOOK_ENDPOINT_DISABLED = "webhook.endpoint-disabled";

    private EventTypes() {
    }
}
