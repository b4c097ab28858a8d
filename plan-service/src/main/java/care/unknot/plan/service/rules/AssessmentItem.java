package care.unknot.plan.service.rules;

/** What session 1's assessment covers (domain.md 2.1). */
public enum AssessmentItem {
    POSTURE,
    JAW_FUNCTION,
    CERVICAL_RANGE_OF_MOTION,
    TENDER_AND_TRIGGER_POINTS
}
