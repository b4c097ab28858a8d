package care.unknot.events.intake;

/** What a recorded medical clearance covers: every finding that required it, or MFR with the restrictions listed by rule id. */
public enum ClearanceScope {
    FULL,
    WITH_RESTRICTIONS
}
