package care.unknot.plan.service;

import care.unknot.plan.domain.Session;
import care.unknot.plan.repository.SessionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Reading sessions (clinicians). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SessionQueries {

    private final PlanAccess access;
    private final SessionRepository sessions;

    public SessionQueries(PlanAccess access, SessionRepository sessions) {
        this.access = access;
        this.sessions = sessions;
    }

    public List<Session> page(UUID planId, UUID after, int limit) {
        access.plan(planId);
        return sessions.page(planId, after, limit);
    }

    public Session read(UUID sessionId) {
        return access.session(sessionId);
    }
}
