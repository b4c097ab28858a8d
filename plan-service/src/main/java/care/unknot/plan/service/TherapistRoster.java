package care.unknot.plan.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.domain.therapist.ExpiredLicence;
import care.unknot.plan.domain.therapist.Therapist;
import care.unknot.plan.domain.therapist.TherapistRef;
import care.unknot.plan.domain.therapist.WeeklyAvailability;
import care.unknot.plan.repository.TherapistRepository;
import care.unknot.plan.repository.TimeOffRepository;
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

    static final String THERAPIST_ID = "therapistId";

    private final TherapistRepository therapists;
    private final TimeOffRepository timeOff;

    public TherapistRoster(TherapistRepository therapists, TimeOffRepository timeOff) {
        this.therapists = therapists;
        this.timeOff = timeOff;
    }

    /**
     * The therapist, if their licence is current on that date (valid through its expiry date).
     *
     * @throws ProblemException 422 naming {@code therapistId} for an unknown therapist or a licence that is not
     *         current
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public TherapistRef requireAssignable(UUID therapistId, LocalDate on) {
        Therapist therapist = existing(therapistId);
        if (!therapist.licence().currentOn(on)) {
            throw ProblemException.field(422, THERAPIST_ID,
                    "the therapist's licence expired on " + therapist.licence().expiresOn() + " (needed on " + on + ")");
        }
        return therapist.ref();
    }

    /**
     * Passes when [start, start + length) lies inside the therapist's weekly availability in their time zone and
     * overlaps no time off.
     *
     * @throws ProblemException 422 naming {@code start} otherwise (naming {@code therapistId} for an unknown
     *         therapist)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireAvailable(UUID therapistId, Instant start, Duration length) {
        Therapist therapist = existing(therapistId);
        if (!WeeklyAvailability.covers(therapist.weeklyAvailability(), therapist.zone(), start, length)) {
            throw ProblemException.field(422, "start", "outside the therapist's weekly availability (time zone "
                    + therapist.zone().getId() + ")");
        }
        if (timeOff.overlaps(therapistId, start, start.plus(length))) {
            throw ProblemException.field(422, "start", "the therapist has time off then");
        }
    }

    /** The therapist whose login is this token subject. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UUID> therapistOfSubject(String subject) {
        return therapists.bySubject(subject).map(Therapist::id);
    }

    /**
     * Due-time query (indexed): licences that expired before {@code today} and are not yet handled, oldest first,
     * locked {@code FOR UPDATE SKIP LOCKED} so two replicas never claim the same one. Call
     * {@link #markLicenceExpiryHandled} in the same transaction after moving that therapist's future sessions.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<ExpiredLicence> claimExpiredLicences(LocalDate today, int limit) {
        return therapists.claimExpired(today, limit);
    }

    /** Marks that expiry handled; a licence renewed meanwhile (another expiry date) is left alone. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void markLicenceExpiryHandled(UUID therapistId, LocalDate expiresOn) {
        therapists.markExpiryHandled(therapistId, expiresOn);
    }

    private Therapist existing(UUID therapistId) {
        return therapists.findByIdOptional(therapistId)
                .orElseThrow(() -> ProblemException.field(422, THERAPIST_ID, "no such therapist"));
    }
}
