package care.unknot.plan.repository;

import care.unknot.plan.domain.therapist.ExpiredLicence;
import care.unknot.plan.domain.therapist.Therapist;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TherapistRepository implements PanacheRepositoryBase<Therapist, UUID> {

    public Optional<Therapist> bySubject(String subject) {
        return find("subject", subject).firstResultOptional();
    }

    /** Keyset page by id. */
    public List<Therapist> page(UUID after, int limit) {
        if (after == null) {
            return find("order by id").page(0, limit).list();
        }
        return find("id > ?1 order by id", after).page(0, limit).list();
    }

    /**
     * Unhandled licences that expired before {@code today}, oldest first, locked so two replicas never claim the same
     * one (partial index therapist_licence_due_idx: the cost is the due rows, not the roster).
     */
    @SuppressWarnings("unchecked")
    public List<ExpiredLicence> claimExpired(LocalDate today, int limit) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                SELECT id, licence_expires_on FROM therapist
                WHERE NOT licence_expiry_handled AND licence_expires_on < ?1
                ORDER BY licence_expires_on, id LIMIT ?2 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, today).setParameter(2, limit).getResultList();
        return rows.stream().map(r -> new ExpiredLicence((UUID) r[0], toLocalDate(r[1]))).toList();
    }

    /** Marks the expiry handled unless the licence changed meanwhile; bumps the version (a stale admin write 412s). */
    public int markExpiryHandled(UUID therapistId, LocalDate expiresOn) {
        return getEntityManager().createNativeQuery("""
                UPDATE therapist SET licence_expiry_handled = true, version = version + 1
                WHERE id = ?1 AND licence_expires_on = ?2 AND NOT licence_expiry_handled""")
                .setParameter(1, therapistId).setParameter(2, expiresOn).executeUpdate();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
