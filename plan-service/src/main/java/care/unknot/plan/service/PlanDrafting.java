package care.unknot.plan.service;

import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.plan.CareMode;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.plan.domain.IntakeCopy;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.repository.IntakeCopyRepository;
import care.unknot.plan.repository.PlanRepository;
import care.unknot.plan.service.rules.DraftInput;
import care.unknot.plan.service.rules.DraftPolicy;
import care.unknot.plan.service.rules.PlanDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Keeps the intake read copy and drafts one plan per eligible, reviewed intake (domain.md 1.5, 2.1-2.5) in the
 * transaction of the intake event that completes it. Each write takes the patient's lock first, so two events of one
 * intake never both draft; the unique intake_id of plan makes a second draft impossible anyway.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanDrafting {

    private static final Logger LOG = Logger.getLogger(PlanDrafting.class);

    private final IntakeCopyRepository copies;
    private final PlanRepository plans;
    private final PlanEvents events;
    private final DraftPolicy policy;
    private final Clock clock;

    public PlanDrafting(IntakeCopyRepository copies, PlanRepository plans, PlanEvents events, DraftPolicy policy,
            Clock clock) {
        this.copies = copies;
        this.plans = plans;
        this.events = events;
        this.policy = policy;
        this.clock = clock;
    }

    public void screened(UUID intakeId, UUID patientId, IntakeScreenedV1 screened) {
        AggregateOutbox patientEvents = events.lock(patientId);
        copies.screened(intakeId, patientId, screened);
        draftIfReady(patientEvents, intakeId);
    }

    public void eligibility(UUID intakeId, UUID patientId, boolean eligibleForPlan, ScreeningOutcome outcome,
            boolean cleared, List<String> restrictedRuleIds, Instant eventTime, String reviewerId) {
        AggregateOutbox patientEvents = events.lock(patientId);
        copies.eligibility(intakeId, patientId, eligibleForPlan, outcome, cleared, restrictedRuleIds, eventTime,
                reviewerId);
        draftIfReady(patientEvents, intakeId);
    }

    /** The draft of this intake as the rules make it, optionally in another care mode (a therapist's adjustment). */
    public PlanDraft draftOf(IntakeCopy copy, CareMode requestedCareMode) {
        IntakeScreenedV1 screened = copy.screened();
        return policy.draft(new DraftInput(copy.intakeId(), copy.patientId(), copy.outcome(), screened.profile(),
                precautionsInForce(screened, copy.restrictedRuleIds()), screened.suggestedTreatmentAreas(),
                requestedCareMode));
    }

    private void draftIfReady(AggregateOutbox patientEvents, UUID intakeId) {
        IntakeCopy copy = copies.reload(intakeId);
        if (copy == null || !copy.readyForPlan() || plans.existsForIntake(intakeId)) {
            return;
        }
        PlanDraft draft = draftOf(copy, null);
        Plan plan = new Plan(UUID.randomUUID(), copy.patientId(), intakeId, draft.careMode().value(),
                draft.plannedSessionCount().value(), draft.sessionMinutes().value(), draft, clock.instant());
        plans.persist(plan);
        plans.flush();
        events.drafted(patientEvents, plan);
        LOG.infof("plan %s drafted from intake %s", plan.id(), intakeId);
    }

    /** The screening's precautions, plus any a clearance WITH_RESTRICTIONS keeps in force that it did not list. */
    private static List<Precaution> precautionsInForce(IntakeScreenedV1 screened, List<String> restrictedRuleIds) {
        List<Precaution> inForce = new ArrayList<>(screened.precautions());
        for (String ruleId : restrictedRuleIds) {
            if (inForce.stream().noneMatch(p -> p.ruleId().equals(ruleId))) {
                inForce.add(new Precaution(ruleId, List.of()));
            }
        }
        return inForce;
    }
}
