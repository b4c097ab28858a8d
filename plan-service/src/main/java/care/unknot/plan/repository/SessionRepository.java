package care.unknot.plan.repository;

import care.unknot.plan.domain.Session;
import care.unknot.plan.domain.SessionStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<Session, UUID> {

    private static final List<SessionStatus> LIVE = List.of(SessionStatus.SCHEDULED, SessionStatus.COMPLETED,
            SessionStatus.NEEDS_REASSIGNMENT);

    /** Every session of the plan, in start order. */
    public List<Session> ofPlan(UUID planId) {
        return list("planId = ?1 order by startsAt, id", planId);
    }

    /** A page of the plan's sessions in id order. */
    public List<Session> page(UUID planId, UUID after, int limit) {
        if (after == null) {
            return find("planId = ?1 order by id", planId).page(0, limit).list();
        }
        return find("planId = ?1 and id > ?2 order by id", planId, after).page(0, limit).list();
    }

    /** Scheduled, completed or waiting for a therapist: the sessions that hold their number. */
    public List<Session> liveOf(UUID planId) {
        return list("planId = ?1 and status in ?2 order by number", planId, LIVE);
    }

    public List<Session> completedOf(UUID planId) {
        return list("planId = ?1 and status = ?2 order by number", planId, SessionStatus.COMPLETED);
    }

    public List<Session> upcomingOf(UUID planId, Instant from) {
        return list("planId = ?1 and status = ?2 and startsAt >= ?3 order by startsAt", planId,
                SessionStatus.SCHEDULED, from);
    }

    /**
     * The licence-expiry job: the therapist's scheduled sessions from {@code from} on move to NEEDS_REASSIGNMENT.
     * One statement over the partial index of scheduled sessions; running it twice (two replicas) changes nothing more.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Session> needReassignment(UUID therapistId, Instant from) {
        List<Session> moved = list("therapistId = ?1 and status = ?2 and startsAt >= ?3", therapistId,
                SessionStatus.SCHEDULED, from);
        moved.forEach(s -> s.status(SessionStatus.NEEDS_REASSIGNMENT));
        return moved;
    }
}
