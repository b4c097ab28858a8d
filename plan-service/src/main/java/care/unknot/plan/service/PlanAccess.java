package care.unknot.plan.service;

import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.Session;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.repository.PatientZoneRepository;
import care.unknot.plan.repository.PlanRepository;
import care.unknot.plan.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Loads what a write changes the one safe way: the patient's write lock first, then the rows as the previous writer
 * committed them (read again under the lock), so no event carries a state a concurrent commit replaced.
 */
@ApplicationScoped
public class PlanAccess {

    /** A plan under its patient's write lock, with the outbox the write appends to. */
    public record LockedPlan(AggregateOutbox events, Plan plan) {
    }

    /** A session and its plan under the patient's write lock. */
    public record LockedSession(AggregateOutbox events, Plan plan, Session session) {
    }

    private final PlanRepository plans;
    private final SessionRepository sessions;
    private final PatientZoneRepository zones;
    private final PlanEvents planEvents;

    public PlanAccess(PlanRepository plans, SessionRepository sessions, PatientZoneRepository zones,
            PlanEvents planEvents) {
        this.plans = plans;
        this.sessions = sessions;
        this.zones = zones;
        this.planEvents = planEvents;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LockedPlan lockPlan(UUID planId) {
        Plan plan = plan(planId);
        AggregateOutbox events = planEvents.lock(plan.patientId());
        plans.getEntityManager().refresh(plan);
        return new LockedPlan(events, plan);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public LockedSession lockSession(UUID sessionId) {
        Session session = sessions.findByIdOptional(sessionId)
                .orElseThrow(() -> ProblemException.notFound("No such session."));
        AggregateOutbox events = planEvents.lock(session.patientId());
        sessions.getEntityManager().refresh(session);
        Plan plan = plans.findById(session.planId());
        plans.getEntityManager().refresh(plan);
        return new LockedSession(events, plan, session);
    }

    public Plan plan(UUID planId) {
        return plans.findByIdOptional(planId).orElseThrow(() -> ProblemException.notFound("No such plan."));
    }

    public Session session(UUID sessionId) {
        return sessions.findByIdOptional(sessionId).orElseThrow(() -> ProblemException.notFound("No such session."));
    }

    /** The patient's zone, else UTC (for checks that only need a date, e.g. a licence current today). */
    public ZoneId zoneOrUtc(Plan plan) {
        return zones.zoneOf(plan.patientId()).orElse(java.time.ZoneOffset.UTC);
    }

    /** The patient's zone; 409 while patient.registered has not arrived (the write can be retried once it has). */
    public ZoneId zoneOf(Plan plan) {
        return zones.zoneOf(plan.patientId()).orElseThrow(() -> ProblemException.conflict(
                "The patient's time zone is not known yet (patient.registered not received); try again later."));
    }
}
