package care.unknot.diary.messaging;

import static care.unknot.kit.consume.PoisonEvent.required;

import care.unknot.diary.domain.RetrospectiveBaseline;
import care.unknot.diary.service.ReadModelService;
import care.unknot.events.EventTypes;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Read copies from intake.events, each last writer wins by event time: the patient's time zone, and the
 * retrospective baseline with the phenotype. Through the kit's {@link EventConsumer}: poison to
 * diary-service.dlq, store failures retried in place; each effect is one conditional write that records the
 * event id (idempotent).
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    static final String CONSUMER = "diary-intake-events";

    private final EventConsumer consumer;
    private final EventRoutes routes;

    public IntakeEventsConsumer(EventConsumer consumer, ReadModelService readModel) {
        this.consumer = consumer;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.PATIENT_REGISTERED, PatientRegisteredV1.class, (event, p) -> readModel.registered(
                        event.id(), required(p.patientId(), event.type(), "patientId"),
                        required(p.timeZone(), event.type(), "timeZone"), event.eventTime(p.registeredAt()),
                        p.registeredAt() == null ? event.eventTime(null) : p.registeredAt()))
                .on(EventTypes.PATIENT_UPDATED, PatientUpdatedV1.class, (event, p) -> readModel.timeZone(
                        event.id(), required(p.patientId(), event.type(), "patientId"),
                        required(p.timeZone(), event.type(), "timeZone"), event.eventTime(p.updatedAt())))
                .on(EventTypes.INTAKE_SCREENED, IntakeScreenedV1.class, (event, s) -> readModel.screened(
                        event.id(), required(s.patientId(), event.type(), "patientId"), retrospective(s),
                        s.profile() == null || s.profile().phenotype() == null ? null
                                : s.profile().phenotype().name(), event.eventTime(s.screenedAt())));
    }

    @Incoming("intake-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
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
