package care.unknot.events.plan;

/** Why a plan needs the therapist's review. */
public enum ReviewReason {
    WINDOW_UNUSABLE,
    ZERO_BASELINE,
    PARTIAL_RESPONSE_AFTER_EXTENSION,
    INSUFFICIENT_RESPONSE,
    ADVERSE_EVENT
}
