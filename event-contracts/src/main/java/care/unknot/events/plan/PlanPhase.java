package care.unknot.events.plan;

/** Phase of a treatment plan (domain.md 2.4): the focused program, its one extension, re-evaluation, maintenance taper, discharge. */
public enum PlanPhase {
    FOCUSED,
    EXTENDED,
    RE_EVALUATION,
    TAPER,
    DISCHARGED
}
