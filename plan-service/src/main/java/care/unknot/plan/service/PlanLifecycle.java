package care.unknot.plan.service;

import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanPhase;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.PlanStatus;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.repository.SessionRepository;
import care.unknot.plan.service.PlanAccess.LockedPlan;
import care.unknot.plan.service.rules.PlanDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/**
 * A plan's lifecycle (DRAFT -> ACTIVE -> (EXTENDED) -> TAPER -> DISCHARGED, or CLOSED with a reason): assigning a
 * therapist the roster allows, activation (plan.activated and home-program.assigned from the patient's local today),
 * discharge and closing (plan.completed, which intake turns into the partner's referral status).
 */
@ApplicationScoped
@Transactional
public class PlanLifecycle {

    private final PlanAccess access;
    private final SessionRepository sessions;
    private final PlanEvents events;
    private final TherapistRoster roster;
    private final Clock clock;

    public PlanLifecycle(PlanAccess access, SessionRepository sessions, PlanEvents events, TherapistRoster roster,
            Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.events = events;
        this.roster = roster;
        this.clock = clock;
    }

    public Plan assign(UUID planId, UUID therapistId) {
        Plan plan = access.lockPlan(planId).plan();
        if (plan.status().ended()) {
            throw ProblemException.conflict("The plan has ended.");
        }
        roster.requireAssignable(therapistId, today(plan));
        plan.assign(therapistId);
        return plan;
    }

    public Plan activate(UUID planId) {
        LockedPlan locked = access.lockPlan(planId);
        Plan plan = locked.plan();
        if (plan.status() != PlanStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft is activated; the plan is " + plan.status() + ".");
        }
        if (plan.therapistId() == null) {
            throw ProblemException.conflict("Assign a therapist before activating the plan.");
        }
        ZoneId zone = access.zoneOf(plan);
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        roster.requireAssignable(plan.therapistId(), today);
        Instant now = clock.instant();
        plan.activate(now, today);
        events.activated(locked.events(), plan);
        PlanDraft draft = plan.draft(PlanDraft.class);
        events.homeProgramAssigned(locked.events(), plan, UUID.randomUUID(), today,
                draft.homeProgram().frequency().value(), draft.homeProgram().includedSpots(), now);
        return plan;
    }

    /** Ends the plan before its program is through: a referral to a physician or the patient's withdrawal. */
    public Plan close(UUID planId, PlanCompletionReason reason, String note) {
        if (reason == PlanCompletionReason.DISCHARGED) {
            throw ProblemException.field(400, "reason", "must be REFERRED_TO_PHYSICIAN or WITHDRAWN (discharge is its"
                    + " own step)");
        }
        LockedPlan locked = access.lockPlan(planId);
        Plan plan = locked.plan();
        if (plan.status().ended()) {
            throw ProblemException.conflict("The plan has already ended.");
        }
        boolean wasActive = plan.status().inCare();
        plan.end(PlanStatus.CLOSED, reason.name(), note, clock.instant());
        if (wasActive) {
            events.completed(locked.events(), plan, reason, sessions.completedOf(plan.id()).size());
        }
        return plan;
    }

    public Plan discharge(UUID planId) {
        LockedPlan locked = access.lockPlan(planId);
        if (!locked.plan().status().inCare()) {
            throw ProblemException.conflict("Only a plan in care is discharged; this one is "
                    + locked.plan().status() + ".");
        }
        discharge(locked.events(), locked.plan());
        return locked.plan();
    }

    /** Discharge with the home program: plan.phase-changed to DISCHARGED, then plan.completed. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void discharge(AggregateOutbox locked, Plan plan) {
        PlanPhase previous = plan.status().phase();
        plan.end(PlanStatus.DISCHARGED, PlanCompletionReason.DISCHARGED.name(), null, clock.instant());
        events.phaseChanged(locked, plan, previous, plan.endedAt());
        events.completed(locked, plan, PlanCompletionReason.DISCHARGED, sessions.completedOf(plan.id()).size());
    }

    private LocalDate today(Plan plan) {
        return LocalDate.ofInstant(clock.instant(), access.zoneOrUtc(plan));
    }
}
