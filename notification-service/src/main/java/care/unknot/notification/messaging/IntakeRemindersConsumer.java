package care.unknot.notification.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.intake.ReferralUrgentRequiredV1;
import care.unknot.events.intake.ReminderPreferences;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.notification.domain.ReminderKind;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.service.ReminderScheduler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * intake.events for reminders: the patient's read copy (zone, locale, preferred times; newest event wins) and the
 * urgent referral alert. The kit's {@link EventConsumer} records each event once with its effect.
 */
@ApplicationScoped
public class IntakeRemindersConsumer {

    static final String CONSUMER = "notification-reminders-intake";

    private final EventConsumer consumer;
    private final PatientRepository patients;
    private final ReminderScheduler scheduler;
    private final EventRoutes routes;

    public IntakeRemindersConsumer(EventConsumer consumer, PatientRepository patients, ReminderScheduler scheduler) {
        this.consumer = consumer;
        this.patients = patients;
        this.scheduler = scheduler;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.PATIENT_REGISTERED, PatientRegisteredV1.class, (event, p) ->
                        applyPatient(event, p.patientId(), p.timeZone(), p.locale(), p.reminders(), p.registeredAt()))
                .on(EventTypes.PATIENT_UPDATED, PatientUpdatedV1.class, (event, p) ->
                        applyPatient(event, p.patientId(), p.timeZone(), p.locale(), p.reminders(), p.updatedAt()))
                .on(EventTypes.REFERRAL_URGENT_REQUIRED, ReferralUrgentRequiredV1.class, (event, r) -> {
                    Subjects.requirePatient(event, r.patientId());
                    PoisonEvent.required(r.referralId(), event.type(), "referralId");
                    scheduler.urgent(r.patientId(), ReminderKind.URGENT_REFERRAL, r.referralId(), "urgent-referral");
                });
    }

    @Incoming("reminders-intake")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    private void applyPatient(IncomingEvent event, UUID patientId, ZoneId zone, String locale,
            ReminderPreferences reminders, Instant payloadTime) {
        Subjects.requirePatient(event, patientId);
        PoisonEvent.required(zone, event.type(), "timeZone");
        PoisonEvent.required(locale, event.type(), "locale");
        Instant eventTime = event.eventTime(payloadTime);
        boolean applied = patients.applyIntake(patientId, zone, locale,
                reminders == null ? null : reminders.diaryEveningTime(),
                reminders == null ? null : reminders.homeProgramTime(), eventTime);
        if (applied) {
            scheduler.patientChanged(patientId);
        }
    }
}
