package care.unknot.plan.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.config.PlanRulesConfig;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.Session;
import care.unknot.plan.domain.SessionStatus;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.repository.SessionRepository;
import care.unknot.plan.service.PlanAccess.LockedPlan;
import care.unknot.plan.service.PlanAccess.LockedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Books, moves and cancels sessions (domain.md 2.1, 2.6). A therapist is never booked twice: the database's exclusion
 * constraint decides between two requests for one slot (one 201, one 409), not a read before the write. A time
 * outside the therapist's availability is 422 (the roster decides); sessions of one plan closer than the spacing rule
 * are booked with a warning.
 */
@ApplicationScoped
@Transactional
public class SessionScheduling {

    /** A booked or moved session and the warnings the clinician should read. */
    public record Scheduled(Session session, List<String> warnings) {
    }

    private final PlanAccess access;
    private final SessionRepository sessions;
    private final PlanEvents events;
    private final TherapistRoster roster;
    private final PlanRulesConfig config;
    private final Clock clock;

    public SessionScheduling(PlanAccess access, SessionRepository sessions, PlanEvents events, TherapistRoster roster,
            PlanRulesConfig config, Clock clock) {
        this.access = access;
        this.sessions = sessions;
        this.events = events;
        this.roster = roster;
        this.config = config;
        this.clock = clock;
    }

    /** Books the program's next free session number at {@code localStart} in the patient's zone. */
    public Scheduled schedule(UUID planId, UUID therapistId, LocalDateTime localStart, Integer durationMinutes) {
        LockedPlan locked = access.lockPlan(planId);
        Plan plan = locked.plan();
        if (!plan.status().inCare()) {
            throw ProblemException.conflict("Sessions are booked for an active plan; this one is " + plan.status() + ".");
        }
        UUID therapist = therapistId != null ? therapistId : plan.therapistId();
        if (therapist == null) {
            throw ProblemException.field(400, "therapistId", "is required while the plan has no assigned therapist");
        }
        int duration = duration(durationMinutes, plan);
        ZoneId zone = access.zoneOf(plan);
        int number = nextFreeNumber(plan);
        Session session = new Session(UUID.randomUUID(), plan, therapist, number, localStart, zone, duration);
        requireFuture(session);
        roster.requireAvailable(therapist, session.startsAt(), Duration.ofMinutes(duration));
        sessions.persist(session);
        Conflicts.orConflict(sessions::flush, () -> "The therapist is already booked at that time.");
        events.sessionScheduled(locked.events(), session);
        return new Scheduled(session, spacingWarnings(session));
    }

    public Scheduled reschedule(UUID sessionId, LocalDateTime localStart) {
        LockedSession locked = access.lockSession(sessionId);
        Session session = locked.session();
        requireStatus(session, SessionStatus.SCHEDULED, SessionStatus.NEEDS_REASSIGNMENT);
        OffsetDateTime previous = session.startsAtLocal();
        session.moveTo(localStart, access.zoneOf(locked.plan()));
        requireFuture(session);
        roster.requireAvailable(session.therapistId(), session.startsAt(),
                Duration.ofMinutes(session.durationMinutes()));
        session.status(SessionStatus.SCHEDULED);
        Conflicts.orConflict(sessions::flush, () -> "The therapist is already booked at that time.");
        events.sessionRescheduled(locked.events(), session, previous);
        return new Scheduled(session, spacingWarnings(session));
    }

    /** Gives a session waiting for reassignment (or any booked one) to another therapist. */
    public Scheduled reassign(UUID sessionId, UUID therapistId) {
        LockedSession locked = access.lockSession(sessionId);
        Session session = locked.session();
        requireStatus(session, SessionStatus.SCHEDULED, SessionStatus.NEEDS_REASSIGNMENT);
        OffsetDateTime previous = session.startsAtLocal();
        roster.requireAssignable(therapistId, session.localDate());
        roster.requireAvailable(therapistId, session.startsAt(), Duration.ofMinutes(session.durationMinutes()));
        session.reassign(therapistId);
        Conflicts.orConflict(sessions::flush, () -> "The therapist is already booked at that time.");
        events.sessionRescheduled(locked.events(), session, previous);
        return new Scheduled(session, spacingWarnings(session));
    }

    public Session cancel(UUID sessionId) {
        LockedSession locked = access.lockSession(sessionId);
        Session session = locked.session();
        requireStatus(session, SessionStatus.SCHEDULED, SessionStatus.NEEDS_REASSIGNMENT);
        session.status(SessionStatus.CANCELLED);
        events.sessionCancelled(locked.events(), session, clock.instant());
        return session;
    }

    /** The patient did not come: the session frees its number (it does not count, domain.md 3.3). */
    public Session markMissed(UUID sessionId) {
        LockedSession locked = access.lockSession(sessionId);
        Session session = locked.session();
        requireStatus(session, SessionStatus.SCHEDULED);
        if (session.startsAt().isAfter(clock.instant())) {
            throw ProblemException.conflict("A session can be marked missed only once it has started.");
        }
        session.status(SessionStatus.MISSED);
        return session;
    }

    /** The request's length, else the plan's (the draft's session minutes, 45 by default); 30-60 allowed. */
    private int duration(Integer requested, Plan plan) {
        int duration = requested == null ? plan.sessionMinutes() : requested;
        PlanRulesConfig.Program program = config.program();
        if (duration < program.minSessionMinutes() || duration > program.maxSessionMinutes()) {
            throw ProblemException.field(400, "durationMinutes", "must be between " + program.minSessionMinutes()
                    + " and " + program.maxSessionMinutes());
        }
        return duration;
    }

    private void requireFuture(Session session) {
        if (!session.startsAt().isAfter(clock.instant())) {
            throw ProblemException.field(400, "startsAt", "must be in the future");
        }
    }

    private int nextFreeNumber(Plan plan) {
        Set<Integer> taken = sessions.liveOf(plan.id()).stream().map(Session::number).collect(Collectors.toSet());
        for (int n = 1; n <= plan.lastBookableSessionNumber(); n++) {
            if (!taken.contains(n)) {
                return n;
            }
        }
        throw ProblemException.conflict("Every session of the program is booked (" + plan.lastBookableSessionNumber()
                + ").");
    }

    /** domain.md 2.1: sessions at least {@code min-days-between-sessions} days apart (local dates); closer is allowed, warned. */
    private List<String> spacingWarnings(Session session) {
        List<String> warnings = new ArrayList<>();
        for (Session other : sessions.liveOf(session.planId())) {
            long days = Math.abs(ChronoUnit.DAYS.between(other.localDate(), session.localDate()));
            if (!other.id().equals(session.id()) && days < config.program().minDaysBetweenSessions()) {
                warnings.add("SPACING: session " + session.number() + " is " + days + " day(s) from session "
                        + other.number() + "; sessions should be at least " + config.program().minDaysBetweenSessions() + " days apart.");
            }
        }
        return warnings;
    }

    private static void requireStatus(Session session, SessionStatus... allowed) {
        for (SessionStatus status : allowed) {
            if (session.status() == status) {
                return;
            }
        }
        throw ProblemException.conflict("The session is " + session.status() + ".");
    }
}
