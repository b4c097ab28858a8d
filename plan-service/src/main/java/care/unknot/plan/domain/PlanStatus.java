package care.unknot.plan.domain;

import care.unknot.events.plan.PlanPhase;

/**
 * A plan's lifecycle: DRAFT -> ACTIVE -> (EXTENDED) -> TAPER -> DISCHARGED, or CLOSED with a reason. RE_EVALUATION is
 * a confirmed RE_EVALUATE at the program's end: the therapist decides what follows (extend, taper, close).
 */
public enum PlanStatus {
    DRAFT(PlanPhase.FOCUSED),
    ACTIVE(PlanPhase.FOCUSED),
    EXTENDED(PlanPhase.EXTENDED),
    RE_EVALUATION(PlanPhase.RE_EVALUATION),
    TAPER(PlanPhase.TAPER),
    DISCHARGED(PlanPhase.DISCHARGED),
    CLOSED(PlanPhase.DISCHARGED);

    private final PlanPhase phase;

    PlanStatus(PlanPhase phase) {
        this.phase = phase;
    }

    /** The phase plan.events report for this status. */
    public PlanPhase phase() {
        return phase;
    }

    /** Activated and not ended: sessions can be booked and recorded. */
    public boolean inCare() {
        return this == ACTIVE || this == EXTENDED || this == RE_EVALUATION || this == TAPER;
    }

    public boolean ended() {
        return this == DISCHARGED || this == CLOSED;
    }
}
