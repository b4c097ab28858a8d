package care.unknot.plan.messaging;

import static care.unknot.kit.consume.PoisonEvent.required;

import care.unknot.events.EventTypes;
import care.unknot.events.intake.IntakeClearanceRecordedV1;
import care.unknot.events.intake.IntakeReviewedV1;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.plan.repository.PatientZoneRepository;
import care.unknot.plan.service.PlanDrafting;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * intake.events -> the patient's time zone and the intake read copy; a plan is drafted in the same transaction as
 * the event that completes what it needs (screening + an eligible review or clearance), whatever their order. Each
 * event is applied once (the kit's {@link EventConsumer}: processed_event in the effect's transaction), poison goes
 * to plan-service.dlq, store failures are retried in place. An intake event of a patient whose registration has not
 * arrived yet is kept (the read copy needs no patient row) and drafts as usual; only activation needs the zone.
 */
@ApplicationScoped
public class IntakeEventsConsumer {

    static final String CONSUMER = "plan-intake-events";

    private final EventConsumer consumer;
    private final EventRoutes routes;

    public IntakeEventsConsumer(EventConsumer consumer, PatientZoneRepository zones, PlanDrafting drafting) {
        this.consumer = consumer;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.PATIENT_REGISTERED, PatientRegisteredV1.class, (event, p) -> zones.apply(
                        patient(event, p.patientId()), required(p.timeZone(), event.type(), "timeZone"),
                        event.eventTime(p.registeredAt())))
                .on(EventTypes.PATIENT_UPDATED, PatientUpdatedV1.class, (event, p) -> zones.apply(
                        patient(event, p.patientId()), required(p.timeZone(), event.type(), "timeZone"),
                        event.eventTime(p.updatedAt())))
                .on(EventTypes.INTAKE_SCREENED, IntakeScreenedV1.class, (event, s) -> {
                    required(s.outcome(), event.type(), "outcome");
                    drafting.screened(required(s.intakeId(), event.type(), "intakeId"), patient(event, s.patientId()),
                            s);
                })
                .on(EventTypes.INTAKE_REVIEWED, IntakeReviewedV1.class, (event, r) -> {
                    ScreeningOutcome outcome = required(r.outcome(), event.type(), "outcome");
                    drafting.eligibility(required(r.intakeId(), event.type(), "intakeId"),
                            patient(event, r.patientId()), eligible(r.eligibleForPlan(), outcome), outcome, false,
                            List.of(), event.eventTime(r.reviewedAt()), r.reviewerId());
                })
                .on(EventTypes.INTAKE_CLEARANCE_RECORDED, IntakeClearanceRecordedV1.class, (event, c) -> {
                    ScreeningOutcome outcome = required(c.outcome(), event.type(), "outcome");
                    drafting.eligibility(required(c.intakeId(), event.type(), "intakeId"),
                            patient(event, c.patientId()), eligible(c.eligibleForPlan(), outcome), outcome, true,
                            c.restrictedRuleIds(), event.eventTime(c.recordedAt()), null);
                });
    }

    @Incoming("intake-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    /** Events published before eligibleForPlan existed: the outcome in force decides (domain.md 1.5). */
    private static boolean eligible(Boolean eligibleForPlan, ScreeningOutcome outcome) {
        if (eligibleForPlan != null) {
            return eligibleForPlan;
        }
        return outcome == ScreeningOutcome.ELIGIBLE || outcome == ScreeningOutcome.ELIGIBLE_WITH_PRECAUTIONS;
    }

    /** The payload's patient, which must be the record's subject (the Kafka key and the lock follow it). */
    static UUID patient(IncomingEvent event, UUID patientId) {
        required(patientId, event.type(), "patientId");
        if (event.subject() != null && !event.subject().equals(patientId.toString())) {
            throw PoisonEvent.unprocessable(event.type() + " " + event.id() + ": ce_subject is not the patientId");
        }
        return patientId;
    }
}
