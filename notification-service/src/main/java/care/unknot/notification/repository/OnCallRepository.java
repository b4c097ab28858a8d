package care.unknot.notification.repository;

import static care.unknot.notification.repository.Rows.instant;
import static care.unknot.notification.repository.Rows.utc;

import care.unknot.notification.domain.ReminderKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The clinic's on-call inbox: the sent in-app deliveries of recipient ON_CALL (recipient id {@code on-call}), read
 * newest first through delivery_inbox, or delivery_on_call_open for the unacknowledged ones.
 */
@ApplicationScoped
public class OnCallRepository {

    private static final String SELECT = """
            SELECT d.id, d.patient_id, r.kind, d.title, d.body, d.created_at, d.acknowledged_at, d.acknowledged_by
            FROM delivery d JOIN reminder r ON r.id = d.reminder_id
            WHERE d.recipient = 'ON_CALL' AND d.recipient_id = 'on-call' AND d.channel = 'IN_APP'
                AND d.status = 'SENT'""";

    private final EntityManager em;

    public OnCallRepository(EntityManager em) {
        this.em = em;
    }

    /** A page newest first, after the keyset (createdAt, id) when given; only the open ones when asked. */
    public List<OnCallItem> page(boolean unacknowledgedOnly, Instant afterCreated, UUID afterId, int limit) {
        String sql = SELECT + (unacknowledgedOnly ? " AND d.acknowledged_at IS NULL" : "")
                + (afterId == null ? "" : " AND (d.created_at, d.id) < (?2, ?3)")
                + " ORDER BY d.created_at DESC, d.id DESC LIMIT ?1";
        Query query = em.createNativeQuery(sql).setParameter(1, limit);
        if (afterId != null) {
            query.setParameter(2, utc(afterCreated)).setParameter(3, afterId);
        }
        return map(query.getResultList());
    }

    /**
     * Records the first acknowledgement (who and when); a later one keeps it. The row lock orders two concurrent
     * acknowledgements, so the second reads the first's values.
     *
     * @return the item as it now is, empty when there is no such on-call item
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<OnCallItem> acknowledge(UUID id, String subject, Instant now) {
        int updated = em.createNativeQuery("""
                UPDATE delivery SET acknowledged_at = COALESCE(acknowledged_at, ?2),
                    acknowledged_by = COALESCE(acknowledged_by, ?3)
                WHERE id = ?1 AND recipient = 'ON_CALL' AND recipient_id = 'on-call' AND channel = 'IN_APP'
                    AND status = 'SENT'""").setParameter(1, id).setParameter(2, utc(now)).setParameter(3, subject)
                .executeUpdate();
        if (updated == 0) {
            return Optional.empty();
        }
        return map(em.createNativeQuery(SELECT + " AND d.id = ?1").setParameter(1, id).getResultList()).stream()
                .findFirst();
    }

    private static List<OnCallItem> map(List<?> rows) {
        return rows.stream().map(Object[].class::cast).map(r -> new OnCallItem((UUID) r[0], (UUID) r[1],
                ReminderKind.valueOf((String) r[2]), (String) r[3], (String) r[4], instant(r[5]), instant(r[6]),
                (String) r[7])).toList();
    }
}
