package care.unknot.notification.repository;

import static care.unknot.notification.repository.Rows.instant;
import static care.unknot.notification.repository.Rows.utc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Session state from plan.events (reminder_session); a cancelled session stays cancelled. */
@ApplicationScoped
public class SessionRepository {

    public record SessionState(UUID sessionId, Instant startsAt, boolean cancelled) {
    }

    private final EntityManager em;

    public SessionRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Records the session's start (scheduled or moved) unless it was cancelled or a newer event set it.
     *
     * @return true when applied
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean applyStart(UUID sessionId, UUID patientId, Instant startsAt, String zone, Instant eventTime) {
        return em.createNativeQuery("""
                INSERT INTO reminder_session (session_id, patient_id, starts_at, time_zone, cancelled, event_time)
                VALUES (?1, ?2, ?3, ?4, false, ?5)
                ON CONFLICT (session_id) DO UPDATE SET starts_at = EXCLUDED.starts_at, time_zone = EXCLUDED.time_zone,
                    event_time = EXCLUDED.event_time
                WHERE NOT reminder_session.cancelled AND reminder_session.event_time <= EXCLUDED.event_time""")
                .setParameter(1, sessionId).setParameter(2, patientId).setParameter(3, utc(startsAt))
                .setParameter(4, zone).setParameter(5, utc(eventTime)).executeUpdate() == 1;
    }

    /** Cancels the session for good, whatever order its events arrive in. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(UUID sessionId, UUID patientId, Instant startsAt, String zone, Instant eventTime) {
        em.createNativeQuery("""
                INSERT INTO reminder_session (session_id, patient_id, starts_at, time_zone, cancelled, event_time)
                VALUES (?1, ?2, ?3, ?4, true, ?5)
                ON CONFLICT (session_id) DO UPDATE SET cancelled = true""")
                .setParameter(1, sessionId).setParameter(2, patientId).setParameter(3, utc(startsAt))
                .setParameter(4, zone).setParameter(5, utc(eventTime)).executeUpdate();
    }

    public Optional<SessionState> find(UUID sessionId) {
        List<?> rows = em.createNativeQuery(
                "SELECT session_id, starts_at, cancelled FROM reminder_session WHERE session_id = ?1")
                .setParameter(1, sessionId).getResultList();
        return rows.stream().map(Object[].class::cast)
                .map(r -> new SessionState((UUID) r[0], instant(r[1]), (Boolean) r[2])).findFirst();
    }
}
