package care.unknot.plan.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.plan.service.CheckpointProposals;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * diary.events -> checkpoint proposals: progress.updated with windowKind CHECKPOINT (after session 4 and the
 * program's last session; domain.md 2.4). CURRENT windows and diary's other types are none of plan's business
 * (recorded as processed, nothing stored). Poison to plan-service.dlq, store failures retried in place.
 */
@ApplicationScoped
public class DiaryEventsConsumer {

    static final String CONSUMER = "plan-diary-events";

    private final EventConsumer consumer;
    private final EventRoutes routes;

    public DiaryEventsConsumer(EventConsumer consumer, CheckpointProposals proposals) {
        this.consumer = consumer;
        this.routes = EventRoutes.forConsumer(CONSUMER)
                .on(EventTypes.PROGRESS_UPDATED, ProgressUpdatedV1.class, (event, p) -> {
                    if (p.windowKind() == WindowKind.CHECKPOINT) {
                        proposals.progressUpdated(event.type(), IntakeEventsConsumer.patient(event, p.patientId()), p,
                                event.eventTime(p.computedAt()));
                    }
                });
    }

    @Incoming("diary-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }
}
