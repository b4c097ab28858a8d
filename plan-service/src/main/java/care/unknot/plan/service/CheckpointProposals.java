package care.unknot.plan.service;

import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressCheckpoint;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.plan.domain.Checkpoint;
import care.unknot.plan.domain.IntakeCopy;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.Session;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.repository.CheckpointRepository;
import care.unknot.plan.repository.IntakeCopyRepository;
import care.unknot.plan.repository.PlanRepository;
import care.unknot.plan.repository.SessionRepository;
import care.unknot.plan.service.rules.CheckpointFacts;
import care.unknot.plan.service.rules.CheckpointPolicy;
import care.unknot.plan.service.rules.CheckpointProposal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * diary's CHECKPOINT progress.updated -> a proposal (domain.md 2.4) stored with the plan and announced with
 * plan.review-required: every proposal waits for the therapist, nothing changes the plan by itself. A revised window
 * for the same checkpoint (late diary entries) re-proposes in place and keeps the previous proposal; an older window
 * than the one in force, or the same figures again, changes nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class CheckpointProposals {

    private static final Logger LOG = Logger.getLogger(CheckpointProposals.class);

    private final PlanRepository plans;
    private final SessionRepository sessions;
    private final IntakeCopyRepository intakes;
    private final CheckpointRepository checkpoints;
    private final CheckpointPolicy policy;
    private final PlanEvents events;
    private final Clock clock;

    public CheckpointProposals(PlanRepository plans, SessionRepository sessions, IntakeCopyRepository intakes,
            CheckpointRepository checkpoints, CheckpointPolicy policy, PlanEvents events, Clock clock) {
        this.plans = plans;
        this.sessions = sessions;
        this.intakes = intakes;
        this.checkpoints = checkpoints;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public void progressUpdated(String eventType, UUID patientId, ProgressUpdatedV1 progress, Instant progressTime) {
        ProgressCheckpoint point = PoisonEvent.required(progress.checkpoint(), eventType, "checkpoint");
        PoisonEvent.required(point.kind(), eventType, "checkpoint.kind");
        int number = PoisonEvent.required(point.triggeringSessionNumber(), eventType,
                "checkpoint.triggeringSessionNumber");
        AggregateOutbox patientEvents = events.lock(patientId);
        Plan plan = planOf(patientId, point)
                .orElseThrow(() -> PoisonEvent.unprocessable(eventType + ": no plan of the patient has session "
                        + number + " completed"));
        CheckpointProposal proposal = policy.propose(facts(plan, progress));
        Optional<Checkpoint> existing = checkpoints.of(plan.id(), point.kind(), number);
        Instant now = clock.instant();
        Checkpoint checkpoint;
        if (existing.isEmpty()) {
            checkpoint = new Checkpoint(UUID.randomUUID(), plan, point.kind(), number, point.checkpointDate(),
                    proposal, progressTime, now);
            checkpoints.persist(checkpoint);
        } else {
            checkpoint = existing.get();
            if (progressTime.isBefore(checkpoint.progressTime())
                    || Objects.equals(checkpoint.proposal(CheckpointProposal.class), proposal)) {
                LOG.infof("checkpoint %s of plan %s: an older or unchanged window; nothing changes", point.kind(),
                        plan.id());
                return;
            }
            checkpoint.revise(proposal, point.checkpointDate(), progressTime, now);
        }
        events.reviewRequired(patientEvents, plan, point.kind(), point.checkpointDate(), proposal.decision(),
                proposal.reviewReason(), now);
        LOG.infof("checkpoint %s of plan %s proposed (revision %d)", point.kind(), plan.id(), checkpoint.revision());
    }

    /** The plan of the triggering session; else the patient's newest plan (a session id diary did not send). */
    private Optional<Plan> planOf(UUID patientId, ProgressCheckpoint point) {
        if (point.sessionId() != null) {
            Session session = sessions.findById(point.sessionId());
            if (session != null && session.patientId().equals(patientId)) {
                return Optional.of(plans.findById(session.planId()));
            }
        }
        return plans.latestOf(patientId).filter(p -> p.activatedAt() != null);
    }

    private CheckpointFacts facts(Plan plan, ProgressUpdatedV1 progress) {
        IntakeCopy intake = intakes.findById(plan.intakeId());
        IntakeScreenedV1 screened = intake.screened();
        HeadachePhenotype phenotype = screened.profile() == null ? null : screened.profile().phenotype();
        CheckpointFacts facts = CheckpointFacts.of(progress, phenotype, plan.extended());
        if (progress.baseline() != null && progress.baseline().kind() == ProgressBaselineKind.RETROSPECTIVE
                && screened.baseline() != null) {
            facts = facts.withRetrospectiveBaseline(screened.baseline());
        }
        return facts;
    }
}
