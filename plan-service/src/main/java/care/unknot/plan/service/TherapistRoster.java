package care.unknot.plan.service;

import care.unknot.plan.domain.therapist.ExpiredLicence;
import care.unknot.plan.domain.therapist.TherapistRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The roster rules plan-core relies on (domain.md 2.7): who may be assigned, when, and whose licence expired. */
@ApplicationScoped
public class TherapistRoster {

    /**
     * The therapist, if their licence is current on that date (valid through its expiry date).
     *
     * @throws care.unknot.kit.problem.ProblemException 422 naming {@code therapistId} for an unknown therapist or a
     *         licence that is not current
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TherapistRef requireAssignable(UUID therapistId, LocalDate on) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * Passes when [start, start + length) lies inside one weekly availability slot in the therapist's time zone and
     * overlaps no time off.
     *
     * @throws care.unknot.kit.problem.ProblemException 422 naming {@code start} otherwise (naming
     *         {@code therapistId} for an unknown therapist)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAvailable(UUID therapistId, Instant start, Duration length) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** The therapist whose login is this token subject. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> therapistOfSubject(String subject) {
        throw new UnsupportedOperationException("skeleton");
    }

    /**
     * Due-time query (indexed): licences that expired before {@code today} and are not yet handled, oldest first,
     * locked {@code FOR UPDATE SKIP LOCKED} so two replicas never claim the same one. Call
     * {@link #markLicenceExpiryHandled} in the same transaction after moving that therapist's future sessions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExpiredLicence> claimExpiredLicences(LocalDate today, int limit) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Marks that expiry handled; a licence renewed meanwhile (another expiry date) is left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markLicenceExpiryHandled(UUID therapistId, LocalDate expiresOn) {
        throw new UnsupportedOperationException("skeleton");
    }
}
