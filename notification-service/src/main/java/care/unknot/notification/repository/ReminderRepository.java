package care.unknot.notification.repository;

import static care.unknot.notification.repository.Rows.date;
import static care.unknot.notification.repository.Rows.instant;
import static care.unknot.notification.repository.Rows.typed;
import static care.unknot.notification.repository.Rows.utc;

import care.unknot.notification.domain.ReminderKind;
import care.unknot.notification.domain.ReminderStatus;
import care.unknot.notification.domain.WithdrawalReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The durable schedule (table reminder). Only PENDING rows are due; the partial index reminder_due serves them. */
@ApplicationScoped
public class ReminderRepository {

    private static final String COLUMNS =
            "id, patient_id, kind, template, dedupe_key, subject_id, local_day, due_at, starts_at, expires_at";

    private final EntityManager em;

    public ReminderRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Schedules the reminder unless one with its dedupe key exists (the same event twice schedules one); a withdrawn
     * one with that key is pending again (a session moved back to its first time).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean schedule(Reminder reminder, Instant now) {
        Query query = em.createNativeQuery("""
                INSERT INTO reminder (id, patient_id, kind, template, dedupe_key, subject_id, local_day, urgent,
                    due_at, status, starts_at, created_at, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'PENDING', ?10, ?11, ?12)
                ON CONFLICT (dedupe_key) DO UPDATE SET status = 'PENDING', due_at = EXCLUDED.due_at,
                    expires_at = EXCLUDED.expires_at, withdrawn_reason = NULL
                WHERE reminder.status = 'WITHDRAWN' AND reminder.withdrawn_reason IS DISTINCT FROM 'EXPIRED'""")
                .setParameter(1, reminder.id()).setParameter(2, reminder.patientId())
                .setParameter(3, reminder.kind().name()).setParameter(4, reminder.template())
                .setParameter(5, reminder.dedupeKey()).setParameter(8, reminder.urgent())
                .setParameter(9, utc(reminder.dueAt())).setParameter(11, utc(now));
        typed(query, 6, reminder.subjectId(), UUID.class);
        typed(query, 7, reminder.localDay(), LocalDate.class);
        typed(query, 12, utc(reminder.expiresAt()), java.time.OffsetDateTime.class);
        return typed(query, 10, utc(reminder.startsAt()), java.time.OffsetDateTime.class).executeUpdate() == 1;
    }

    /** Withdraws the pending reminders about this session / program / alert. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawPending(UUID subjectId, WithdrawalReason reason) {
        return em.createNativeQuery("""
                UPDATE reminder SET status = 'WITHDRAWN', withdrawn_reason = ?2
                WHERE subject_id = ?1 AND status = 'PENDING'""")
                .setParameter(1, subjectId).setParameter(2, reason.name()).executeUpdate();
    }

    /** Withdraws one reminder: it is kept with the reason and never sent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID id, WithdrawalReason reason) {
        em.createNativeQuery("UPDATE reminder SET status = 'WITHDRAWN', withdrawn_reason = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, reason.name()).executeUpdate();
    }

    /** Withdraws a session's pending reminders made for another start than {@code startsAt}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdrawPendingOtherThan(UUID subjectId, Instant startsAt) {
        return em.createNativeQuery("""
                UPDATE reminder SET status = 'WITHDRAWN', withdrawn_reason = 'SESSION_MOVED'
                WHERE subject_id = ?1 AND status = 'PENDING' AND starts_at IS DISTINCT FROM ?2""")
                .setParameter(1, subjectId).setParameter(2, utc(startsAt)).executeUpdate();
    }

    /** The patient's pending reminders of a kind (at most one for the daily kinds). */
    public List<Reminder> pending(UUID patientId, ReminderKind kind) {
        return map(em.createNativeQuery("SELECT " + COLUMNS
                + " FROM reminder WHERE patient_id = ?1 AND kind = ?2 AND status = 'PENDING'")
                .setParameter(1, patientId).setParameter(2, kind.name()).getResultList());
    }

    /**
     * Claims due reminders: the oldest due first, rows another dispatcher holds skipped, read through the partial
     * index on due_at, so a tick reads what is due and nothing else. The caller's transaction holds the rows.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Reminder> claimDue(Instant now, int limit) {
        return map(em.createNativeQuery("SELECT " + COLUMNS + " FROM reminder"
                + " WHERE status = 'PENDING' AND due_at <= ?1 ORDER BY due_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, utc(now)).setParameter(2, limit).getResultList());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void setStatus(UUID id, ReminderStatus status) {
        em.createNativeQuery("UPDATE reminder SET status = ?2 WHERE id = ?1").setParameter(1, id)
                .setParameter(2, status.name()).executeUpdate();
    }

    /** Moves a pending daily reminder to a new preferred time or zone, its expiry with it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(UUID id, Instant dueAt, Instant expiresAt) {
        em.createNativeQuery("UPDATE reminder SET due_at = ?2, expires_at = ?3 WHERE id = ?1 AND status = 'PENDING'")
                .setParameter(1, id).setParameter(2, utc(dueAt)).setParameter(3, utc(expiresAt)).executeUpdate();
    }

    /** Moves a pending reminder (quiet hours). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moveTo(UUID id, Instant dueAt) {
        em.createNativeQuery("UPDATE reminder SET due_at = ?2 WHERE id = ?1 AND status = 'PENDING'")
                .setParameter(1, id).setParameter(2, utc(dueAt)).executeUpdate();
    }

    public ReminderStatus statusOf(UUID id) {
        return ReminderStatus.valueOf((String) em.createNativeQuery("SELECT status FROM reminder WHERE id = ?1")
                .setParameter(1, id).getSingleResult());
    }

    private static List<Reminder> map(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(r -> new Reminder((UUID) r[0], (UUID) r[1],
                ReminderKind.valueOf((String) r[2]), (String) r[3], (String) r[4], (UUID) r[5], date(r[6]),
                instant(r[7]), instant(r[8]), instant(r[9]))).toList();
    }
}
