package care.unknot.notification.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.DiaryAlertRaisedV1;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.notification.domain.ReminderKind;
import care.unknot.notification.repository.ProgramRepository;
import care.unknot.notification.service.ReminderScheduler;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * diary.events for reminders: logged days (they skip that day's diary reminder, and its home-program reminder
 * when the entry records exercises), the gap reminder and the red-flag alert.
 */
@ApplicationScoped
public class DiaryRemindersConsumer {

    static final String CONSUMER = "notification-reminders-diary";

    private final EventConsumer consumer;
    private final EventRoutes routes;

    public DiaryRemindersConsumer(EventConsumer consumer, ProgramRepository programs, ReminderScheduler scheduler) {
        this.consumer = consumer;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.DIARY_ENTRY_RECORDED, DiaryEntryRecordedV1.class, (event, e) -> {
                    Subjects.requirePatient(event, e.patientId());
                    PoisonEvent.required(e.entryDate(), event.type(), "entryDate");
                    programs.logDay(e.patientId(), e.entryDate(), Boolean.TRUE.equals(e.exercisesDone()));
                })
                .on(EventTypes.DIARY_GAP_DETECTED, DiaryGapDetectedV1.class, (event, g) -> {
                    Subjects.requirePatient(event, g.patientId());
                    PoisonEvent.required(g.firstEmptyDate(), event.type(), "firstEmptyDate");
                    scheduler.diaryGap(g.patientId(), g.firstEmptyDate());
                })
                .on(EventTypes.DIARY_ALERT_RAISED, DiaryAlertRaisedV1.class, (event, a) -> {
                    Subjects.requirePatient(event, a.patientId());
                    PoisonEvent.required(a.alertId(), event.type(), "alertId");
                    scheduler.urgent(a.patientId(), ReminderKind.URGENT_DIARY_ALERT, a.alertId(),
                            "urgent-diary-alert");
                });
    }

    @Incoming("reminders-diary")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }
}
