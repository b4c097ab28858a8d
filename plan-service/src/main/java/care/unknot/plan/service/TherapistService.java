package care.unknot.plan.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;
import care.unknot.plan.domain.therapist.Therapist;
import care.unknot.plan.domain.therapist.TherapistProfile;
import care.unknot.plan.domain.therapist.TimeOff;
import care.unknot.plan.domain.therapist.TimeOffPeriod;
import care.unknot.plan.domain.therapist.WeeklySlot;
import care.unknot.plan.repository.TherapistRepository;
import care.unknot.plan.repository.TimeOffRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The roster's writes and reads for its REST API: admins keep the roster, therapists their own availability. */
@ApplicationScoped
@Transactional
public class TherapistService {

    private static final String UNIQUE_VIOLATION = "23505";

    private final TherapistRepository therapists;
    private final TimeOffRepository timeOff;
    private final CurrentUser user;
    private final Clock clock;

    public TherapistService(TherapistRepository therapists, TimeOffRepository timeOff, CurrentUser user, Clock clock) {
        this.therapists = therapists;
        this.timeOff = timeOff;
        this.user = user;
        this.clock = clock;
    }

    public Therapist create(String subject, TherapistProfile profile) {
        Therapist therapist = new Therapist(UUID.randomUUID(), subject, profile, clock.instant());
        therapists.persist(therapist);
        flush();
        return therapist;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Therapist read(UUID therapistId) {
        return therapists.findByIdOptional(therapistId).orElseThrow(TherapistService::notFound);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Therapist mine() {
        return therapists.bySubject(user.subject())
                .orElseThrow(() -> ProblemException.notFound("No therapist has your login."));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Therapist> page(UUID after, int limit) {
        return therapists.page(after, limit);
    }

    /** Time off not yet over, by therapist. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<TimeOff>> timeOffOf(Collection<UUID> therapistIds) {
        return timeOff.notOverOf(therapistIds, clock.instant()).stream()
                .collect(Collectors.groupingBy(TimeOff::therapistId));
    }

    public Therapist update(UUID therapistId, String subject, TherapistProfile profile, String ifMatch) {
        Therapist therapist = read(therapistId);
        ETags.requireMatch(ifMatch, therapist.version());
        therapist.changeSubject(subject);
        therapist.apply(profile, clock.instant());
        flush();
        return therapist;
    }

    /**
     * Replaces the weekly availability and the time off that is not over yet (ended time off is history and stays).
     * The therapist itself or an admin.
     */
    public Therapist replaceAvailability(UUID therapistId, List<WeeklySlot> weekly, List<TimeOffPeriod> periods,
            String ifMatch) {
        Therapist therapist = read(therapistId);
        if (!user.hasRole(Roles.ADMIN) && !therapist.subject().equals(user.subject())) {
            throw ProblemException.forbidden("Therapists change only their own availability.");
        }
        ETags.requireMatch(ifMatch, therapist.version());
        Instant now = clock.instant();
        therapist.replaceWeeklyAvailability(weekly, now);
        flush();
        timeOff.deleteNotOver(therapistId, now);
        periods.stream().filter(p -> p.endsAt().isAfter(now))
                .forEach(p -> timeOff.persist(new TimeOff(UUID.randomUUID(), therapistId, p.startsAt(), p.endsAt())));
        return therapist;
    }

    /** Flushes now: of two writers with one ETag one gets 412 (@Version), a subject taken meanwhile is 409. */
    private void flush() {
        try {
            therapists.flush();
        } catch (OptimisticLockException e) {
            throw ProblemException.preconditionFailed("The therapist was changed meanwhile; read it again.");
        } catch (PersistenceException e) {
            if (uniqueViolation(e)) {
                throw ProblemException.field(409, "subject", "another therapist has this subject");
            }
            throw e;
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No such therapist.");
    }
}
