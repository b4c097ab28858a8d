package care.unknot.events.diary;

/** Which window a progress update describes: the current 28 days ending yesterday, or a checkpoint window. */
public enum WindowKind {
    CURRENT,
    CHECKPOINT
}
