package care.unknot.diary.messaging;

import care.unknot.diary.domain.HomeProgram;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.CheckpointService;
import care.unknot.diary.service.PatientClock;
import care.unknot.diary.service.ReadModelService;
import care.unknot.events.EventTypes;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.SessionCompletedV1;
import care.unknot.kit.consume.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** Read copies from plan.events: completed sessions (T and checkpoints) and the home program. */
@ApplicationScoped
public class PlanEventsConsumer {

    private static final Logger LOG = Logger.getLogger(PlanEventsConsumer.class);

    private final ReadModelService readModel;
    private final PatientRepository patients;
    private final PatientClock clock;

    public PlanEventsConsumer(ReadModelService readModel, PatientRepository patients, PatientClock clock) {
        this.readModel = readModel;
        this.patients = patients;
        this.clock = clock;
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        try {
            apply(IncomingEvent.of(message));
        } catch (RuntimeException e) {
            LOG.warnf("plan event could not be processed (%s); sent to the dead-letter topic",
                    e.getClass().getSimpleName());
            return message.nack(e);
        }
        return message.ack();
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.SESSION_COMPLETED -> {
                SessionCompletedV1 s = event.dataAs(SessionCompletedV1.class);
                readModel.sessionCompleted(event.id(), new CheckpointService.CompletedSession(s.patientId(),
                        s.sessionId(), s.sessionNumber(), localDate(s), s.programLastSessionNumber()));
            }
            case EventTypes.HOME_PROGRAM_ASSIGNED -> {
                HomeProgramAssignedV1 h = event.dataAs(HomeProgramAssignedV1.class);
                readModel.homeProgramAssigned(event.id(), h.patientId(), new HomeProgram(h.assignedOn(),
                        HomeProgram.Frequency.valueOf(h.frequency().name())));
            }
            default -> LOG.debugf("skipping event type %s (%s)", event.type(), event.id());
        }
    }

    /** The session's local date as sent; else its completion instant in the patient's zone. */
    private LocalDate localDate(SessionCompletedV1 s) {
        if (s.localDate() != null) {
            return s.localDate();
        }
        return LocalDate.ofInstant(s.completedAt(), clock.zone(patients.load(s.patientId())));
    }
}
