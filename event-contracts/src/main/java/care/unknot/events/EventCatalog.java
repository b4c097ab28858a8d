package care.unknot.events;

import care.unknot.events.diary.DiaryAlertRaisedV1;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.events.diary.MohThresholdCrossedV1;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.intake.IntakeClearanceRecordedV1;
import care.unknot.events.intake.IntakeReviewedV1;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.IntakeSubmittedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.intake.ReferralReceivedV1;
import care.unknot.events.intake.ReferralUrgentRequiredV1;
import care.unknot.events.notification.NotificationFailedV1;
import care.unknot.events.notification.NotificationSentV1;
import care.unknot.events.notification.WebhookDeliveryExhaustedV1;
import care.unknot.events.notification.WebhookEndpointDisabledV1;
import care.unknot.events.plan.AdverseEventReportedV1;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanDraftedV1;
import care.unknot.events.plan.PlanPhaseChangedV1;
import care.unknot.events.plan.PlanReviewRequiredV1;
import care.unknot.events.plan.SessionCancelledV1;
import care.unknot.events.plan.SessionCompletedV1;
import care.unknot.events.plan.SessionRescheduledV1;
import care.unknot.events.plan.SessionScheduledV1;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every event type with its payload record, topic and producing source; lookups both ways. */
public final class EventCatalog {

    private static final List<CatalogEntry> ENTRIES = List.of(
            intake(EventTypes.PATIENT_REGISTERED, PatientRegisteredV1.class),
            intake(EventTypes.PATIENT_UPDATED, PatientUpdatedV1.class),
            intake(EventTypes.REFERRAL_RECEIVED, ReferralReceivedV1.class),
            intake(EventTypes.INTAKE_SUBMITTED, IntakeSubmittedV1.class),
            intake(EventTypes.INTAKE_SCREENED, IntakeScreenedV1.class),
            intake(EventTypes.INTAKE_REVIEWED, IntakeReviewedV1.class),
            intake(EventTypes.INTAKE_CLEARANCE_RECORDED, IntakeClearanceRecordedV1.class),
            intake(EventTypes.REFERRAL_URGENT_REQUIRED, ReferralUrgentRequiredV1.class),
            plan(EventTypes.PLAN_DRAFTED, PlanDraftedV1.class),
            plan(EventTypes.PLAN_ACTIVATED, PlanActivatedV1.class),
            plan(EventTypes.PLAN_PHASE_CHANGED, PlanPhaseChangedV1.class),
            plan(EventTypes.PLAN_REVIEW_REQUIRED, PlanReviewRequiredV1.class),
            plan(EventTypes.PLAN_COMPLETED, PlanCompletedV1.class),
            plan(EventTypes.SESSION_SCHEDULED, SessionScheduledV1.class),
            plan(EventTypes.SESSION_RESCHEDULED, SessionRescheduledV1.class),
            plan(EventTypes.SESSION_CANCELLED, SessionCancelledV1.class),
            plan(EventTypes.SESSION_COMPLETED, SessionCompletedV1.class),
            plan(EventTypes.HOME_PROGRAM_ASSIGNED, HomeProgramAssignedV1.class),
            plan(EventTypes.ADVERSE_EVENT_REPORTED, AdverseEventReportedV1.class),
            diary(EventTypes.DIARY_ENTRY_RECORDED, DiaryEntryRecordedV1.class),
            diary(EventTypes.PROGRESS_UPDATED, ProgressUpdatedV1.class),
            diary(EventTypes.DIARY_ALERT_RAISED, DiaryAlertRaisedV1.class),
            diary(EventTypes.DIARY_GAP_DETECTED, DiaryGapDetectedV1.class),
            diary(EventTypes.MOH_THRESHOLD_CROSSED, MohThresholdCrossedV1.class),
            notification(EventTypes.NOTIFICATION_SENT, NotificationSentV1.class),
            notification(EventTypes.NOTIFICATION_FAILED, NotificationFailedV1.class),
            notification(EventTypes.WEBHOOK_DELIVERY_EXHAUSTED, WebhookDeliveryExhaustedV1.class),
            notification(EventTypes.WEBHOOK_ENDPOINT_DISABLED, WebhookEndpointDisabledV1.class));

    private static final Map<String, CatalogEntry> BY_TYPE = index(ENTRIES);

    private EventCatalog() {
    }

    /** Every entry, grouped by producing service, in catalog order. */
    public static List<CatalogEntry> entries() {
        return ENTRIES;
    }

    /** The entry of a {@code ce_type}; empty for a type this contract version does not know (log and skip it). */
    public static Optional<CatalogEntry> find(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static boolean isKnown(String type) {
        return BY_TYPE.containsKey(type);
    }

    /** The payload record of a {@code ce_type}, e.g. {@code recordFor("intake.screened")}. */
    public static Class<? extends EventPayload> recordFor(String type) {
        return require(type).recordClass();
    }

    public static String topicFor(String type) {
        return require(type).topic();
    }

    public static String sourceFor(String type) {
        return require(type).source();
    }

    /** The {@code ce_type} of a payload record, e.g. {@code typeOf(IntakeScreenedV1.class)} is "intake.screened". */
    public static String typeOf(Class<? extends EventPayload> recordClass) {
        return ENTRIES.stream()
                .filter(entry -> entry.recordClass().equals(recordClass))
                .map(CatalogEntry::type)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not an event payload of the catalog: " + recordClass));
    }

    /** The {@code ce_type} of a payload instance, for producers: {@code outbox.append(..., typeOf(payload), payload)}. */
    public static String typeOf(EventPayload payload) {
        return typeOf(payload.getClass());
    }

    /** The types published on a topic, in catalog order. */
    public static List<String> typesOn(String topic) {
        return ENTRIES.stream().filter(entry -> entry.topic().equals(topic)).map(CatalogEntry::type).toList();
    }

    private static CatalogEntry require(String type) {
        return find(type).orElseThrow(() -> new IllegalArgumentException("Unknown event type: " + type));
    }

    private static Map<String, CatalogEntry> index(List<CatalogEntry> entries) {
        Map<String, CatalogEntry> byType = new LinkedHashMap<>();
        for (CatalogEntry entry : entries) {
            if (byType.put(entry.type(), entry) != null) {
                throw new IllegalStateException("Duplicate event type in the catalog: " + entry.type());
            }
        }
        return Map.copyOf(byType);
    }

    private static CatalogEntry intake(String type, Class<? extends EventPayload> recordClass) {
        return new CatalogEntry(type, recordClass, Topics.INTAKE, Sources.INTAKE);
    }

    private static CatalogEntry plan(String type, Class<? extends EventPayload> recordClass) {
        return new CatalogEntry(type, recordClass, Topics.PLAN, Sources.PLAN);
    }

    private static CatalogEntry diary(String type, Class<? extends EventPayload> recordClass) {
        return new CatalogEntry(type, recordClass, Topics.DIARY, Sources.DIARY);
    }

    private static CatalogEntry notification(String type, Class<? extends EventPayload> recordClass) {
        return new CatalogEntry(type, recordClass, Topics.NOTIFICATION, Sources.NOTIFICATION);
    }
}
