package care.unknot.events.diary;

/** Progress checkpoints (domain.md 2.4): after session 4, and at the end of the focused program (session 8, or 12 when extended). */
public enum CheckpointKind {
    SESSION_4,
    PROGRAM_END
}
