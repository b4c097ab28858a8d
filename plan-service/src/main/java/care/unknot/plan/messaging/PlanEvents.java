package care.unknot.plan.messaging;

import care.unknot.events.EventPayload;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.plan.AdverseEventKind;
import care.unknot.events.plan.AdverseEventReportedV1;
import care.unknot.events.plan.AdverseEventSeverity;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.events.plan.HomeProgramSpot;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanDraftedV1;
import care.unknot.events.plan.PlanPhase;
import care.unknot.events.plan.PlanPhaseChangedV1;
import care.unknot.events.plan.PlanReviewRequiredV1;
import care.unknot.events.plan.ReviewReason;
import care.unknot.events.plan.SessionCancelledV1;
import care.unknot.events.plan.SessionCompletedV1;
import care.unknot.events.plan.SessionRescheduledV1;
import care.unknot.events.plan.SessionScheduledV1;
import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.outbox.Outbox;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.Session;
import care.unknot.plan.domain.therapist.Therapist;
import care.unknot.plan.repository.TherapistRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Maps plan-service's changes to the contract records of event-contracts and appends them to the outbox in the
 * caller's transaction (ids and codes only). A write starts with {@link #lock(UUID)}, before it reads what the
 * events carry, and hands the returned {@link AggregateOutbox} to the methods here: one patient's writes run one
 * after another and reach plan.events in commit order.
 */
@ApplicationScoped
public class PlanEvents {

    private static final String AGGREGATE = "patient";

    private final Outbox outbox;
    private final TherapistRepository therapists;

    public PlanEvents(Outbox outbox, TherapistRepository therapists) {
        this.outbox = outbox;
        this.therapists = therapists;
    }

    /** Takes the patient's write lock for the rest of the transaction; call it first in every write. */
    public AggregateOutbox lock(UUID patientId) {
        return outbox.lock(AGGREGATE, patientId.toString());
    }

    public void drafted(AggregateOutbox locked, Plan plan) {
        append(locked, plan.patientId(), new PlanDraftedV1(plan.id(), plan.patientId(), plan.intakeId(),
                plan.careMode(), plan.therapistId(), plan.plannedSessionCount(), plan.draftedAt()));
    }

    public void activated(AggregateOutbox locked, Plan plan) {
        append(locked, plan.patientId(), new PlanActivatedV1(plan.id(), plan.patientId(), plan.careMode(),
                plan.therapistId(), plan.plannedSessionCount(), plan.status().phase(), plan.activatedAt(),
                subjectOf(plan.therapistId())));
    }

    public void homeProgramAssigned(AggregateOutbox locked, Plan plan, UUID homeProgramId, LocalDate assignedOn,
            HomeProgramFrequency frequency, List<HomeProgramSpot> spots, Instant now) {
        append(locked, plan.patientId(), new HomeProgramAssignedV1(homeProgramId, plan.id(), plan.patientId(),
                assignedOn, frequency, spots, now));
    }

    public void phaseChanged(AggregateOutbox locked, Plan plan, PlanPhase previous, Instant now) {
        append(locked, plan.patientId(), new PlanPhaseChangedV1(plan.id(), plan.patientId(), previous,
                plan.status().phase(), plan.programLastSessionNumber(), now));
    }

    public void reviewRequired(AggregateOutbox locked, Plan plan, CheckpointKind checkpoint, LocalDate checkpointDate,
            CheckpointDecision proposed, ReviewReason reason, Instant now) {
        append(locked, plan.patientId(), new PlanReviewRequiredV1(plan.id(), plan.patientId(), plan.therapistId(),
                checkpoint, checkpointDate, proposed, reason, now));
    }

    public void completed(AggregateOutbox locked, Plan plan, PlanCompletionReason reason, int completedSessions) {
        append(locked, plan.patientId(), new PlanCompletedV1(plan.id(), plan.patientId(), reason, completedSessions,
                plan.endedAt()));
    }

    public void sessionScheduled(AggregateOutbox locked, Session session) {
        append(locked, session.patientId(), new SessionScheduledV1(session.id(), session.planId(), session.patientId(),
                session.therapistId(), session.number(), session.startsAtLocal(), session.durationMinutes(),
                session.zone(), subjectOf(session.therapistId())));
    }

    public void sessionRescheduled(AggregateOutbox locked, Session session, OffsetDateTime previousStart) {
        append(locked, session.patientId(), new SessionRescheduledV1(session.id(), session.planId(),
                session.patientId(), session.therapistId(), session.number(), previousStart, session.startsAtLocal(),
                session.durationMinutes(), session.zone(), subjectOf(session.therapistId())));
    }

    public void sessionCancelled(AggregateOutbox locked, Session session, Instant now) {
        append(locked, session.patientId(), new SessionCancelledV1(session.id(), session.planId(), session.patientId(),
                session.number(), session.startsAtLocal(), session.zone(), now));
    }

    public void sessionCompleted(AggregateOutbox locked, Session session, int programLastSessionNumber) {
        append(locked, session.patientId(), new SessionCompletedV1(session.id(), session.planId(), session.patientId(),
                session.therapistId(), session.number(), session.completedAt(), session.localDate(),
                programLastSessionNumber));
    }

    public void adverseEvent(AggregateOutbox locked, Session session, AdverseEventSeverity severity,
            List<AdverseEventKind> kinds, Instant now) {
        append(locked, session.patientId(), new AdverseEventReportedV1(UUID.randomUUID(), session.id(),
                session.planId(), session.patientId(), session.therapistId(), severity, kinds, now,
                subjectOf(session.therapistId())));
    }

    /** The roster's login subject of the therapist (notification-service opens its inbox to that token). */
    private String subjectOf(UUID therapistId) {
        return therapistId == null ? null : therapists.findByIdOptional(therapistId).map(Therapist::subject).orElse(null);
    }

    private static void append(AggregateOutbox locked, UUID patientId, EventPayload payload) {
        if (!locked.aggregateId().equals(patientId.toString())) {
            throw new IllegalStateException("event about patient " + patientId + " appended under the lock of "
                    + locked.aggregateId());
        }
        locked.append(payload);
    }
}
