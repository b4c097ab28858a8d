package care.unknot.plan.service;

import care.unknot.events.plan.CareMode;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.plan.config.PlanRulesConfig;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.Session;
import care.unknot.plan.repository.PlanRepository;
import care.unknot.plan.repository.SessionRepository;
import care.unknot.plan.service.rules.PlanDraft;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The patient's own plan (domain.md 2.5, 2.6): in plain words, the upcoming sessions in the patient's zone, the home
 * program and what to do if symptoms worsen. Only the patient itself ({@link CurrentUser#requireSelf}); a draft is
 * not shown before a therapist activated it.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PatientPlanView {

    /** What the patient sees; the clinical reasons stay with the clinicians. */
    public record View(Plan plan, PlanDraft draft, String summary, List<Session> upcoming) {
    }

    private final PlanRepository plans;
    private final SessionRepository sessions;
    private final PlanRulesConfig rules;
    private final CurrentUser user;
    private final Clock clock;

    public PatientPlanView(PlanRepository plans, SessionRepository sessions, PlanRulesConfig rules, CurrentUser user,
            Clock clock) {
        this.plans = plans;
        this.sessions = sessions;
        this.rules = rules;
        this.user = user;
        this.clock = clock;
    }

    public View of(UUID patientId) {
        user.requireSelf(patientId);
        Plan plan = plans.latestOf(patientId).filter(p -> p.activatedAt() != null)
                .orElseThrow(() -> ProblemException.notFound("No active plan yet."));
        PlanDraft draft = plan.draft(PlanDraft.class);
        return new View(plan, draft, summary(plan, draft), sessions.upcomingOf(plan.id(), clock.instant()));
    }

    private String summary(Plan plan, PlanDraft draft) {
        String sessionsPart = plan.careMode() == CareMode.CLINIC_LED
                ? plan.plannedSessionCount() + " sessions of myofascial release with your therapist, about "
                        + rules.program().sessionsPerWeek() + " a week, " + plan.sessionMinutes() + " minutes each"
                : "an assessment and " + (plan.plannedSessionCount() - 1) + " sessions where your therapist teaches"
                        + " you to release the tight spots yourself";
        String home = switch (draft.homeProgram().frequency().value()) {
            case DAILY -> "once a day";
            case EVERY_OTHER_DAY -> "every other day";
        };
        String status = switch (plan.status()) {
            case EXTENDED -> " Your program was extended by a few sessions.";
            case TAPER -> " You are now in the maintenance phase: sessions further apart, then you carry on at home.";
            case RE_EVALUATION -> " Your therapist is reviewing your progress with you.";
            case DISCHARGED -> " You have completed your program; keep up the home program.";
            case CLOSED -> " This plan has ended.";
            default -> "";
        };
        return "Your plan: " + sessionsPart + ", and a short self-release routine at home " + home
                + ". Keep your headache diary every day so you and your therapist can see what helps." + status;
    }
}
