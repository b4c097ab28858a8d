package care.unknot.plan.service;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.PlanPhase;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.plan.domain.Checkpoint;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.PlanStatus;
import care.unknot.plan.domain.Session;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.repository.CheckpointRepository;
import care.unknot.plan.repository.SessionRepository;
import care.unknot.plan.service.PlanAccess.LockedPlan;
import care.unknot.plan.service.rules.CheckpointProposal;
import care.unknot.plan.service.rules.TaperSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The therapist confirms a checkpoint's proposal or overrides it with a written reason (domain.md 2.4), on the
 * revision they read (a revised proposal meanwhile is 409: nothing changes on a proposal nobody saw). A confirmed
 * TAPER, EXTEND or end-of-program RE_EVALUATE changes the plan's phase and schedule and is a plan.phase-changed event.
 */
@ApplicationScoped
@Transactional
public class CheckpointDecisions {

    private final PlanAccess access;
    private final CheckpointRepository checkpoints;
    private final SessionRepository sessions;
    private final TaperSchedule schedule;
    private final PlanEvents events;
    private final CurrentUser user;
    private final Clock clock;

    public CheckpointDecisions(PlanAccess access, CheckpointRepository checkpoints, SessionRepository sessions,
            TaperSchedule schedule, PlanEvents events, CurrentUser user, Clock clock) {
        this.access = access;
        this.checkpoints = checkpoints;
        this.sessions = sessions;
        this.schedule = schedule;
        this.events = events;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Checkpoint> ofPlan(UUID planId) {
        access.plan(planId);
        return checkpoints.ofPlan(planId);
    }

    /**
     * @param decision null confirms the proposal
     * @param revision the proposal revision the therapist decided on
     */
    public Checkpoint decide(UUID planId, UUID checkpointId, int revision, CheckpointDecision decision, String reason) {
        LockedPlan locked = access.lockPlan(planId);
        Plan plan = locked.plan();
        Checkpoint checkpoint = checkpoints.ofPlan(planId, checkpointId)
                .orElseThrow(() -> ProblemException.notFound("No such checkpoint of this plan."));
        checkpoints.getEntityManager().refresh(checkpoint);
        if (checkpoint.revision() != revision) {
            throw ProblemException.conflict("The checkpoint was re-proposed (revision " + checkpoint.revision()
                    + "); read it again.");
        }
        if (checkpoint.status() != Checkpoint.Status.PROPOSED) {
            throw ProblemException.conflict("This proposal was already decided.");
        }
        CheckpointDecision proposed = checkpoint.proposal(CheckpointProposal.class).decision();
        CheckpointDecision chosen = decision == null ? proposed : decision;
        boolean overridden = chosen != proposed;
        if (chosen == CheckpointDecision.REVIEW_REQUIRED) {
            throw ProblemException.field(400, "decision", "REVIEW_REQUIRED asks for a decision: choose CONTINUE,"
                    + " RE_EVALUATE, TAPER or EXTEND");
        }
        if (overridden && (reason == null || reason.isBlank())) {
            throw ProblemException.field(400, "reason", "is required to override the proposed " + proposed);
        }
        if (!plan.status().inCare()) {
            throw ProblemException.conflict("The plan is " + plan.status() + ".");
        }
        Instant now = clock.instant();
        PlanPhase before = plan.status().phase();
        apply(plan, checkpoint, chosen);
        checkpoint.decide(chosen, overridden, reason, user.subject(), now);
        Conflicts.orPreconditionFailed(checkpoints::flush, "The checkpoint was changed meanwhile; read it again.");
        if (plan.status().phase() != before) {
            events.phaseChanged(locked.events(), plan, before, now);
        }
        return checkpoint;
    }

    private void apply(Plan plan, Checkpoint checkpoint, CheckpointDecision chosen) {
        boolean programEnd = checkpoint.kind() == CheckpointKind.PROGRAM_END;
        switch (chosen) {
            case CONTINUE -> {
                // the program goes on as planned
            }
            case RE_EVALUATE -> {
                if (programEnd) {
                    plan.reEvaluate();
                }
            }
            case TAPER -> {
                requireProgramEnd(programEnd, chosen);
                plan.taper(local(schedule.maintenanceSessions(lastProgramSession(plan, checkpoint))));
            }
            case EXTEND -> {
                requireProgramEnd(programEnd, chosen);
                if (plan.extended() || plan.status() == PlanStatus.TAPER) {
                    throw ProblemException.conflict("The program was already extended once (domain.md 2.4).");
                }
                plan.extend(schedule.lastSessionNumberWhenExtended(plan.plannedSessionCount()),
                        local(schedule.extensionSessions(lastProgramSession(plan, checkpoint))));
            }
            case REVIEW_REQUIRED -> throw new IllegalStateException("refused above");
        }
    }

    private static void requireProgramEnd(boolean programEnd, CheckpointDecision chosen) {
        if (!programEnd) {
            throw ProblemException.field(400, "decision", chosen + " is decided at the program's end");
        }
    }

    /** The completed session that triggered the checkpoint, in the patient's zone. */
    private ZonedDateTime lastProgramSession(Plan plan, Checkpoint checkpoint) {
        Session last = sessions.completedOf(plan.id()).stream()
                .filter(s -> s.number() == checkpoint.triggeringSessionNumber())
                .findFirst()
                .orElseThrow(() -> ProblemException.conflict("Session " + checkpoint.triggeringSessionNumber()
                        + " is not recorded as completed."));
        return last.localStart().atZone(last.zone());
    }

    private static List<LocalDateTime> local(List<ZonedDateTime> times) {
        return times.stream().map(ZonedDateTime::toLocalDateTime).toList();
    }
}
