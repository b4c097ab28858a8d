package care.unknot.notification.webhook.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanPhaseChangedV1;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.notification.webhook.domain.PartnerEventData;
import care.unknot.notification.webhook.service.WebhookFanOut;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/** plan.events for partner webhooks: plan status (activated, phase changed, completed), ids and codes only. */
@ApplicationScoped
public class WebhookPlanConsumer {

    static final String CONSUMER = "webhooks-plan";

    private final EventConsumer consumer;
    private final WebhookFanOut fanOut;
    private final EventRoutes routes = EventRoutes.forConsumer(CONSUMER)
            .on(EventTypes.PLAN_ACTIVATED, PlanActivatedV1.class, (event, p) -> fanOut(event, p.patientId(),
                    p.activatedAt(), new PartnerEventData.PlanActivated(p.planId(), p.patientId(), p.phase())))
            .on(EventTypes.PLAN_PHASE_CHANGED, PlanPhaseChangedV1.class, (event, p) -> fanOut(event, p.patientId(),
                    p.changedAt(), new PartnerEventData.PlanPhaseChanged(p.planId(), p.patientId(), p.phase())))
            .on(EventTypes.PLAN_COMPLETED, PlanCompletedV1.class, (event, p) -> fanOut(event, p.patientId(),
                    p.completedAt(), new PartnerEventData.PlanCompleted(p.planId(), p.patientId(), p.reason())));

    public WebhookPlanConsumer(EventConsumer consumer, WebhookFanOut fanOut) {
        this.consumer = consumer;
        this.fanOut = fanOut;
    }

    @Incoming("webhooks-plan")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    private void fanOut(IncomingEvent event, UUID patientId, Instant payloadTime, Object data) {
        PoisonEvent.required(patientId, event.type(), "patientId");
        fanOut.fanOut(event, patientId, event.eventTime(payloadTime), data);
    }
}
