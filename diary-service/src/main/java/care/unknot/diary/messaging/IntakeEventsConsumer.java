package care.unknot.diary.messaging;

import care.unknot.diary.domain.RetrospectiveBaseline;
import care.unknot.diary.service.ReadModelService;
import care.unknot.events.EventTypes;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.kit.consume.IncomingEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/** Read copies from intake.events: the patient's time zone, and the retrospective baseline with the phenotype. */
@ApplicationScoped
public class IntakeEventsConsumer {

    private static final Logger LOG = Logger.getLogger(IntakeEventsConsumer.class);

    private final ReadModelService readModel;

    public IntakeEventsConsumer(ReadModelService readModel) {
        this.readModel = readModel;
    }

    @Incoming("intake-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(message);
            apply(event);
        } catch (RuntimeException e) {
            LOG.warnf("intake event could not be processed (%s); sent to the dead-letter topic",
                    e.getClass().getSimpleName());
            return message.nack(e);
        }
        return message.ack();
    }

    void apply(IncomingEvent event) {
        switch (event.type()) {
            case EventTypes.PATIENT_REGISTERED -> {
                PatientRegisteredV1 p = event.dataAs(PatientRegisteredV1.class);
                readModel.timeZone(event.id(), p.patientId(), p.timeZone());
            }
            case EventTypes.PATIENT_UPDATED -> {
                PatientUpdatedV1 p = event.dataAs(PatientUpdatedV1.class);
                readModel.timeZone(event.id(), p.patientId(), p.timeZone());
            }
            case EventTypes.INTAKE_SCREENED -> {
                IntakeScreenedV1 s = event.dataAs(IntakeScreenedV1.class);
                readModel.screened(event.id(), s.patientId(), retrospective(s),
                        s.profile() == null || s.profile().phenotype() == null ? null
                                : s.profile().phenotype().name());
            }
            default -> LOG.debugf("skipping event type %s (%s)", event.type(), event.id());
        }
    }

    static RetrospectiveBaseline retrospective(IntakeScreenedV1 screened) {
        if (screened.baseline() == null || screened.baseline().monthlyHeadacheDays().size() != 3) {
            return null;
        }
        List<Integer> months = screened.baseline().monthlyHeadacheDays();
        return new RetrospectiveBaseline(months.get(0), months.get(1), months.get(2),
                screened.baseline().anyMedicationDaysPerMonth());
    }
}
