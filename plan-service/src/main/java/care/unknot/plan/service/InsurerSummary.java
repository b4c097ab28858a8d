package care.unknot.plan.service;

import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.Session;
import care.unknot.plan.domain.SessionRecord;
import care.unknot.plan.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The plan summary for insurers (domain.md 2.6): the visits delivered (completed sessions) with the procedure codes
 * recorded for them (CPT 97161-97163, 97140, 97110) and the diagnosis codes (ICD-10-CM) the therapist chose.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class InsurerSummary {

    public record Visit(int sessionNumber, LocalDate date, int durationMinutes, List<String> procedureCodes) {
    }

    public record Summary(Plan plan, List<String> diagnosisCodes, List<Visit> visits) {
    }

    private final PlanAccess access;
    private final SessionRepository sessions;

    public InsurerSummary(PlanAccess access, SessionRepository sessions) {
        this.access = access;
        this.sessions = sessions;
    }

    public Summary of(UUID planId) {
        Plan plan = access.plan(planId);
        List<Visit> visits = sessions.completedOf(planId).stream().map(InsurerSummary::visit).toList();
        return new Summary(plan, plan.diagnosisCodes(), visits);
    }

    private static Visit visit(Session session) {
        return new Visit(session.number(), session.localDate(), session.durationMinutes(),
                session.record(SessionRecord.class).procedureCodes());
    }
}
