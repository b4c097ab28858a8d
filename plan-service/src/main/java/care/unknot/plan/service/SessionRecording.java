package care.unknot.plan.service;

import care.unknot.events.plan.AdverseEventKind;
import care.unknot.events.plan.AdverseEventSeverity;
import care.unknot.events.plan.ReviewReason;
import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.domain.AdverseReaction;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.PlanStatus;
import care.unknot.plan.domain.Session;
import care.unknot.plan.domain.SessionRecord;
import care.unknot.plan.domain.SessionStatus;
import care.unknot.plan.messaging.PlanEvents;
import care.unknot.plan.service.PlanAccess.LockedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * Records a session that took place: session.completed with its number, its local date in the patient's zone and the
 * program's last session number (diary-service computes the checkpoints from them). A serious adverse reaction raises
 * adverse-event.reported and plan.review-required in the same transaction; the last maintenance session of a taper
 * discharges the plan.
 */
@ApplicationScoped
@Transactional
public class SessionRecording {

    private final PlanAccess access;
    private final PlanEvents events;
    private final PlanLifecycle lifecycle;
    private final Clock clock;

    public SessionRecording(PlanAccess access, PlanEvents events, PlanLifecycle lifecycle, Clock clock) {
        this.access = access;
        this.events = events;
        this.lifecycle = lifecycle;
        this.clock = clock;
    }

    public Session record(UUID sessionId, SessionRecord record) {
        LockedSession locked = access.lockSession(sessionId);
        Session session = locked.session();
        Plan plan = locked.plan();
        if (session.status() != SessionStatus.SCHEDULED) {
            throw ProblemException.conflict("Only a scheduled session is recorded; this one is " + session.status()
                    + ".");
        }
        if (!plan.status().inCare()) {
            throw ProblemException.conflict("The plan is " + plan.status() + ".");
        }
        Instant now = clock.instant();
        if (session.startsAt().isAfter(now)) {
            throw ProblemException.conflict("The session has not started yet.");
        }
        session.complete(record, now);
        events.sessionCompleted(locked.events(), session, plan.programLastSessionNumber());
        List<AdverseReaction> serious = record.seriousReactions();
        if (!serious.isEmpty()) {
            AdverseEventSeverity severity = serious.stream().map(AdverseReaction::severity)
                    .max(Comparator.naturalOrder()).orElseThrow();
            List<AdverseEventKind> kinds = serious.stream().map(AdverseReaction::kind).distinct().sorted().toList();
            events.adverseEvent(locked.events(), session, severity, kinds, now);
            events.reviewRequired(locked.events(), plan, null, session.localDate(), null, ReviewReason.ADVERSE_EVENT,
                    now);
        }
        if (plan.status() == PlanStatus.TAPER && session.number() == plan.lastBookableSessionNumber()) {
            lifecycle.discharge(locked.events(), plan);
        }
        return session;
    }
}
