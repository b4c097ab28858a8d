package care.unknot.plan.service;

import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.CareMode;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.CurrentUser;
import care.unknot.plan.config.PlanRulesConfig;
import care.unknot.plan.domain.IntakeCopy;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.PlanStatus;
import care.unknot.plan.repository.IntakeCopyRepository;
import care.unknot.plan.repository.PlanRepository;
import care.unknot.plan.service.PlanAccess.LockedPlan;
import care.unknot.plan.service.rules.AreaChoice;
import care.unknot.plan.service.rules.AreaStatus;
import care.unknot.plan.service.rules.PlanDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reading plans and a therapist's adjustments of a draft (ETag/If-Match; each change kept with its reason). */
@ApplicationScoped
@Transactional
public class PlanService {

    /** What a therapist may change in a draft; null fields stay as they are. */
    public record Adjustment(CareMode careMode, Integer sessionMinutes, List<TreatmentArea> removeAreas,
            List<String> diagnosisCodes, String reason) {
    }

    /** Why a therapist's removal of an area shows in the draft's reasons. */
    static final String THERAPIST_REMOVED = "THERAPIST:REMOVED";

    private final PlanAccess access;
    private final PlanRepository plans;
    private final IntakeCopyRepository intakes;
    private final PlanDrafting drafting;
    private final PlanRulesConfig rules;
    private final CurrentUser user;
    private final Clock clock;

    public PlanService(PlanAccess access, PlanRepository plans, IntakeCopyRepository intakes, PlanDrafting drafting,
            PlanRulesConfig rules, CurrentUser user, Clock clock) {
        this.access = access;
        this.plans = plans;
        this.intakes = intakes;
        this.drafting = drafting;
        this.rules = rules;
        this.user = user;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Plan read(UUID planId) {
        return access.plan(planId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Plan> page(UUID patientId, UUID after, int limit) {
        return plans.page(patientId, after, limit);
    }

    /**
     * Adjusts a plan under If-Match. Care mode, session length and areas only while it is a draft (a care mode
     * re-drafts from the intake, so the rules' reasons stay true); diagnosis codes until it ends.
     */
    public Plan adjust(UUID planId, String ifMatch, Adjustment change) {
        LockedPlan locked = access.lockPlan(planId);
        Plan plan = locked.plan();
        ETags.requireMatch(ifMatch, plan.version());
        boolean draftChange = change.careMode() != null || change.sessionMinutes() != null
                || !change.removeAreas().isEmpty();
        if (draftChange && plan.status() != PlanStatus.DRAFT) {
            throw ProblemException.conflict("Only a draft's care mode, session length and areas can be adjusted; the"
                    + " plan is " + plan.status() + ".");
        }
        if (plan.status().ended()) {
            throw ProblemException.conflict("The plan has ended.");
        }
        Instant now = clock.instant();
        if (change.careMode() != null && change.careMode() != plan.careMode()) {
            IntakeCopy intake = intakes.findById(plan.intakeId());
            PlanDraft redrafted = drafting.draftOf(intake, change.careMode());
            record(plan, "careMode", plan.careMode(), change.careMode(), change.reason(), now);
            plan.redraft(redrafted.careMode().value(), redrafted.plannedSessionCount().value(),
                    redrafted.sessionMinutes().value(), redrafted);
        }
        if (change.sessionMinutes() != null && change.sessionMinutes() != plan.sessionMinutes()) {
            PlanRulesConfig.Program program = rules.program();
            if (change.sessionMinutes() < program.minSessionMinutes()
                    || change.sessionMinutes() > program.maxSessionMinutes()) {
                throw ProblemException.field(400, "sessionMinutes", "must be between " + program.minSessionMinutes()
                        + " and " + program.maxSessionMinutes());
            }
            record(plan, "sessionMinutes", plan.sessionMinutes(), change.sessionMinutes(), change.reason(), now);
            plan.sessionMinutes(change.sessionMinutes());
        }
        if (!change.removeAreas().isEmpty()) {
            removeAreas(plan, change.removeAreas(), change.reason(), now);
        }
        if (change.diagnosisCodes() != null) {
            record(plan, "diagnosisCodes", plan.diagnosisCodes(), change.diagnosisCodes(), change.reason(), now);
            plan.diagnosisCodes(change.diagnosisCodes());
        }
        Conflicts.orPreconditionFailed(plans::flush, "The plan was changed meanwhile; read it again.");
        return plan;
    }

    /** A therapist may remove kept areas (never add one a precaution excluded); the reason shows in the draft. */
    private void removeAreas(Plan plan, List<TreatmentArea> remove, String reason, Instant now) {
        PlanDraft draft = plan.draft(PlanDraft.class);
        List<AreaChoice> areas = new ArrayList<>();
        for (AreaChoice choice : draft.treatmentAreas()) {
            if (remove.contains(choice.area()) && choice.status() == AreaStatus.KEPT) {
                List<String> reasons = new ArrayList<>(choice.reasons());
                reasons.add(THERAPIST_REMOVED);
                areas.add(new AreaChoice(choice.area(), AreaStatus.EXCLUDED, reasons));
            } else {
                areas.add(choice);
            }
        }
        for (int i = 0; i < remove.size(); i++) {
            if (!draft.keptAreas().contains(remove.get(i))) {
                throw ProblemException.field(400, "removeAreas[" + i + "]", "is not a kept area of the draft");
            }
        }
        record(plan, "treatmentAreas", draft.keptAreas(), remove, reason, now);
        plan.redraft(plan.careMode(), plan.plannedSessionCount(), plan.sessionMinutes(), new PlanDraft(
                draft.intakeId(), draft.patientId(), draft.careMode(), draft.plannedSessionCount(),
                draft.sessionMinutes(), draft.assessment(), areas, draft.techniques(), draft.combinedPlan(),
                draft.lifestyleModules(), draft.physicianTasks(), draft.homeProgram()));
    }

    private void record(Plan plan, String field, Object from, Object to, String reason, Instant now) {
        plan.adjust(new Plan.Adjustment(field, String.valueOf(from), String.valueOf(to), reason, user.subject(), now));
    }
}
