package care.unknot.diary.messaging;

import static care.unknot.kit.consume.PoisonEvent.required;

import care.unknot.diary.domain.HomeProgram;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.CheckpointService;
import care.unknot.diary.service.PatientClock;
import care.unknot.diary.service.ReadModelService;
import care.unknot.events.EventTypes;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.SessionCompletedV1;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Read copies from plan.events: completed sessions (T and checkpoints) and the home program (last writer wins by
 * event time). Through the kit's
 * {@link EventConsumer}: poison to diary-service.dlq, store failures retried in place; each effect is one
 * conditional write that records the event id (idempotent).
 */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "diary-plan-events";

    private final EventConsumer consumer;
    private final PatientRepository patients;
    private final PatientClock clock;
    private final EventRoutes routes;

    public PlanEventsConsumer(EventConsumer consumer, ReadModelService readModel, PatientRepository patients,
                              PatientClock clock) {
        this.consumer = consumer;
        this.patients = patients;
        this.clock = clock;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.SESSION_COMPLETED, SessionCompletedV1.class, (event, s) ->
                        readModel.sessionCompleted(event.id(), new CheckpointService.CompletedSession(
                                required(s.patientId(), event.type(), "patientId"), s.sessionId(),
                                required(s.sessionNumber(), event.type(), "sessionNumber"), localDate(s),
                                s.programLastSessionNumber())))
                .on(EventTypes.HOME_PROGRAM_ASSIGNED, HomeProgramAssignedV1.class, (event, h) ->
                        readModel.homeProgramAssigned(event.id(), required(h.patientId(), event.type(), "patientId"),
                                new HomeProgram(required(h.assignedOn(), event.type(), "assignedOn"),
                                        HomeProgram.Frequency.valueOf(
                                                required(h.frequency(), event.type(), "frequency").name())),
                                event.eventTime(h.assignedAt())));
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    /** The session's local date as sent; else its completion instant in the patient's zone. */
    private LocalDate localDate(SessionCompletedV1 s) {
        if (s.localDate() != null) {
            return s.localDate();
        }
        return LocalDate.ofInstant(required(s.completedAt(), EventTypes.SESSION_COMPLETED, "completedAt or localDate"),
                clock.zone(patients.load(s.patientId())));
    }
}
