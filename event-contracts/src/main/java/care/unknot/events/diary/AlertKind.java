package care.unknot.events.diary;

/** Kind of diary alert. Gaps and MOH crossings have their own event types. */
public enum AlertKind {
    RED_FLAG_SYMPTOM
}
