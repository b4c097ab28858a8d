package care.unknot.notification.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.plan.AdverseEventReportedV1;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.SessionCancelledV1;
import care.unknot.events.plan.SessionRescheduledV1;
import care.unknot.events.plan.SessionScheduledV1;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.notification.domain.ReminderKind;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.repository.ProgramRepository.HomeProgram;
import care.unknot.notification.service.ReminderScheduler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * plan.events for reminders: session reminders (scheduled, moved, withdrawn), home-program reminders, the treating
 * therapist, and the adverse-event alert. Events without a time of their own use {@code ce_time}.
 */
@ApplicationScoped
public class PlanRemindersConsumer {

    static final String CONSUMER = "notification-reminders-plan";

    private final EventConsumer consumer;
    private final PatientRepository patients;
    private final ReminderScheduler scheduler;
    private final EventRoutes routes;

    public PlanRemindersConsumer(EventConsumer consumer, PatientRepository patients, ReminderScheduler scheduler) {
        this.consumer = consumer;
        this.patients = patients;
        this.scheduler = scheduler;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.PLAN_ACTIVATED, PlanActivatedV1.class, (event, p) -> {
                    Subjects.requirePatient(event, p.patientId());
                    applyTherapist(p.patientId(), p.therapistId(), p.therapistSubject(),
                            event.eventTime(p.activatedAt()));
                })
                .on(EventTypes.SESSION_SCHEDULED, SessionScheduledV1.class, (event, s) -> {
                    therapist(event, s.patientId(), s.therapistId(), s.therapistSubject());
                    starts(event, s.sessionId(), s.patientId(), s.startsAt(), s.patientTimeZone());
                })
                .on(EventTypes.SESSION_RESCHEDULED, SessionRescheduledV1.class, (event, s) -> {
                    therapist(event, s.patientId(), s.therapistId(), s.therapistSubject());
                    starts(event, s.sessionId(), s.patientId(), s.startsAt(), s.patientTimeZone());
                })
                .on(EventTypes.SESSION_CANCELLED, SessionCancelledV1.class, (event, s) -> {
                    Subjects.requirePatient(event, s.patientId());
                    PoisonEvent.required(s.sessionId(), event.type(), "sessionId");
                    PoisonEvent.required(s.startsAt(), event.type(), "startsAt");
                    scheduler.sessionCancelled(s.sessionId(), s.patientId(), s.startsAt().toInstant(),
                            zoneOr(s.patientTimeZone(), s.startsAt()), event.eventTime(s.cancelledAt()));
                })
                .on(EventTypes.HOME_PROGRAM_ASSIGNED, HomeProgramAssignedV1.class, (event, h) -> {
                    Subjects.requirePatient(event, h.patientId());
                    PoisonEvent.required(h.homeProgramId(), event.type(), "homeProgramId");
                    PoisonEvent.required(h.assignedOn(), event.type(), "assignedOn");
                    PoisonEvent.required(h.frequency(), event.type(), "frequency");
                    scheduler.homeProgramAssigned(h.patientId(),
                            new HomeProgram(h.homeProgramId(), h.assignedOn(), h.frequency()),
                            event.eventTime(h.assignedAt()));
                })
                .on(EventTypes.ADVERSE_EVENT_REPORTED, AdverseEventReportedV1.class, (event, a) -> {
                    therapist(event, a.patientId(), a.therapistId(), a.therapistSubject());
                    PoisonEvent.required(a.adverseEventId(), event.type(), "adverseEventId");
                    scheduler.urgent(a.patientId(), ReminderKind.URGENT_ADVERSE_EVENT, a.adverseEventId(),
                            "urgent-adverse-event");
                });
    }

    @Incoming("reminders-plan")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    private void therapist(IncomingEvent event, UUID patientId, UUID therapistId, String therapistSubject) {
        Subjects.requirePatient(event, patientId);
        applyTherapist(patientId, therapistId, therapistSubject, event.eventTime(null));
    }

    /** The treating therapist, and its login when the event names one (events before it was added do not). */
    private void applyTherapist(UUID patientId, UUID therapistId, String therapistSubject, Instant eventTime) {
        if (therapistId == null) {
            return;
        }
        patients.applyTherapist(patientId, therapistId, eventTime);
        if (therapistSubject != null && !therapistSubject.isBlank()) {
            patients.applyTherapistLogin(therapistId, therapistSubject, eventTime);
        }
    }

    private void starts(IncomingEvent event, UUID sessionId, UUID patientId, OffsetDateTime startsAt, ZoneId zone) {
        PoisonEvent.required(sessionId, event.type(), "sessionId");
        PoisonEvent.required(startsAt, event.type(), "startsAt");
        scheduler.sessionStarts(sessionId, patientId, startsAt.toInstant(), zoneOr(zone, startsAt),
                event.eventTime(null));
    }

    private static ZoneId zoneOr(ZoneId zone, OffsetDateTime startsAt) {
        return zone != null ? zone : startsAt.getOffset();
    }
}
