package care.unknot.notification.repository;

import static care.unknot.notification.repository.Rows.instant;
import static care.unknot.notification.repository.Rows.typed;
import static care.unknot.notification.repository.Rows.utc;

import care.unknot.events.notification.Channel;
import care.unknot.events.notification.NotificationFailureReason;
import care.unknot.notification.domain.Recipient;
import care.unknot.notification.domain.WithdrawalReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.UUID;

/**
 * Deliveries (table delivery): the dispatcher's work queue, and for IN_APP the inbox. A patient's address is read
 * from its channel row when the delivery is claimed; a staff address (the on-call pager) is stored on the row.
 */
@ApplicationScoped
public class DeliveryRepository {

    /*
     * A claim leases the due rows to one dispatcher (claim_token, next_attempt_at = the lease's end) and commits at
     * once, so no transaction is held while a provider answers; only the holder of the token records the outcome.
     * A dispatcher that dies leaves its rows leased until the lease ends; another then sends them (at least once).
     */
    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM delivery WHERE status = 'PENDING' AND next_attempt_at <= ?1
                ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED)
            UPDATE delivery d SET claim_token = ?3, next_attempt_at = ?4, attempts = d.attempts + 1
            FROM due WHERE d.id = due.id
            RETURNING d.id, d.reminder_id, d.patient_id, d.recipient, d.recipient_id, d.channel, d.template, d.title,
                d.body, d.urgent, d.attempts, d.expires_at,
                (SELECT c.consent FROM reminder_channel c WHERE c.patient_id = d.patient_id AND c.channel = d.channel),
                COALESCE(d.address,
                    (SELECT c.address FROM reminder_channel c WHERE c.patient_id = d.patient_id AND c.channel = d.channel))""";

    private final EntityManager em;

    public DeliveryRepository(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(Delivery delivery, Instant due, Instant now) {
        Query query = em.createNativeQuery("""
                INSERT INTO delivery (id, reminder_id, patient_id, recipient, recipient_id, channel, template, title,
                    body, urgent, status, next_attempt_at, created_at, address, expires_at)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 'PENDING', ?11, ?12, ?13, ?14)
                ON CONFLICT (reminder_id, recipient_id, channel) DO NOTHING""")
                .setParameter(1, delivery.id()).setParameter(2, delivery.reminderId())
                .setParameter(3, delivery.patientId()).setParameter(4, delivery.recipient().name())
                .setParameter(5, delivery.recipientId()).setParameter(6, delivery.channel().name())
                .setParameter(7, delivery.template()).setParameter(8, delivery.title())
                .setParameter(9, delivery.body()).setParameter(10, delivery.urgent())
                .setParameter(11, utc(due)).setParameter(12, utc(now));
        typed(query, 13, delivery.address(), String.class);
        typed(query, 14, utc(delivery.expiresAt()), java.time.OffsetDateTime.class).executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public List<Delivery> claim(Instant now, int limit, UUID token, Instant leaseEnd) {
        List<?> rows = em.createNativeQuery(CLAIM).setParameter(1, utc(now)).setParameter(2, limit)
                .setParameter(3, token).setParameter(4, utc(leaseEnd)).getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new Delivery((UUID) r[0], (UUID) r[1], (UUID) r[2],
                Recipient.valueOf((String) r[3]), (String) r[4], Channel.valueOf((String) r[5]), (String) r[6],
                (String) r[7], (String) r[8], (Boolean) r[9], ((Number) r[10]).intValue(), (Boolean) r[12],
                (String) r[13], instant(r[11]))).toList();
    }

    /** @return false when the lease was lost (another dispatcher took the row over): record nothing then */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markSent(UUID id, UUID token, Instant now) {
        return em.createNativeQuery("""
                UPDATE delivery SET status = 'SENT', sent_at = ?3, claim_token = NULL, last_error = NULL
                WHERE id = ?1 AND claim_token = ?2 AND status = 'PENDING'""")
                .setParameter(1, id).setParameter(2, token).setParameter(3, utc(now)).executeUpdate() == 1;
    }

    /**
     * Marks a batch sent in one statement.
     *
     * @return the ids marked (rows whose lease another dispatcher took over meanwhile are not)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> markAllSent(Collection<UUID> ids, UUID token, Instant now) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Set<UUID> marked = new HashSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE delivery SET status = 'SENT', sent_at = ?, claim_token = NULL, last_error = NULL
                    WHERE id = ANY (?) AND claim_token = ? AND status = 'PENDING' RETURNING id""")) {
                update.setObject(1, utc(now));
                update.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                update.setObject(3, token);
                try (ResultSet rows = update.executeQuery()) {
                    while (rows.next()) {
                        marked.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return marked;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markRetry(UUID id, UUID token, Instant next, String error) {
        return em.createNativeQuery("""
                UPDATE delivery SET next_attempt_at = ?3, claim_token = NULL, last_error = ?4
                WHERE id = ?1 AND claim_token = ?2 AND status = 'PENDING'""")
                .setParameter(1, id).setParameter(2, token).setParameter(3, utc(next)).setParameter(4, error)
                .executeUpdate() == 1;
    }

    /** Not sent: its moment passed while it waited (a retry's back-off, a dispatcher's lease). */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markWithdrawn(UUID id, UUID token, WithdrawalReason reason) {
        return em.createNativeQuery("""
                UPDATE delivery SET status = 'WITHDRAWN', failure_reason = ?3, claim_token = NULL
                WHERE id = ?1 AND claim_token = ?2 AND status = 'PENDING'""")
                .setParameter(1, id).setParameter(2, token).setParameter(3, reason.name()).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markFailed(UUID id, UUID token, NotificationFailureReason reason, String error) {
        return em.createNativeQuery("""
                UPDATE delivery SET status = 'FAILED', failure_reason = ?3, claim_token = NULL, last_error = ?4
                WHERE id = ?1 AND claim_token = ?2 AND status = 'PENDING'""")
                .setParameter(1, id).setParameter(2, token).setParameter(3, reason.name()).setParameter(4, error)
                .executeUpdate() == 1;
    }

    /** A page of the recipient's in-app messages, newest first, after the keyset (createdAt, id) when given. */
    public List<InboxItem> inbox(Recipient recipient, String recipientId, Instant afterCreated, UUID afterId,
            int limit) {
        String keyset = afterId == null ? "" : " AND (created_at, id) < (?4, ?5)";
        var query = em.createNativeQuery("""
                SELECT id, template, title, body, urgent, created_at, read_at FROM delivery
                WHERE recipient_id = ?1 AND channel = 'IN_APP' AND status = 'SENT' AND recipient = ?3""" + keyset
                + " ORDER BY created_at DESC, id DESC LIMIT ?2").setParameter(1, recipientId).setParameter(2, limit)
                .setParameter(3, recipient.name());
        if (afterId != null) {
            query.setParameter(4, utc(afterCreated)).setParameter(5, afterId);
        }
        List<?> rows = query.getResultList();
        return rows.stream().map(Object[].class::cast).map(r -> new InboxItem((UUID) r[0], (String) r[1],
                (String) r[2], (String) r[3], (Boolean) r[4], instant(r[5]), instant(r[6]))).toList();
    }

    /** @return false when the recipient has no such in-app message */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markRead(Recipient recipient, String recipientId, UUID id, Instant now) {
        return em.createNativeQuery("""
                UPDATE delivery SET read_at = COALESCE(read_at, ?3)
                WHERE id = ?2 AND recipient_id = ?1 AND recipient = ?4 AND channel = 'IN_APP' AND status = 'SENT'""")
                .setParameter(1, recipientId).setParameter(2, id).setParameter(3, utc(now))
                .setParameter(4, recipient.name()).executeUpdate() == 1;
    }
}
