package care.unknot.intake.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.intake.domain.CareStatus;
import care.unknot.intake.repository.CareStatusRepository;
import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.PoisonEvent;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The patient's care status from plan.events: {@code plan.activated} makes it PLAN_ACTIVE, {@code plan.completed}
 * DISCHARGED (whatever the reason; partners see no more than that). The newest event by event time ({@code ce_time},
 * else the payload's activatedAt/completedAt) wins, so an older event consumed late changes nothing.
 *
 * <p>The kit's {@link EventConsumer} records the event id ({@code processed_event}) in the transaction of the
 * status, acks after the commit, skips other plan types, dead-letters poison to {@code intake-service.dlq} and
 * retries store failures in place.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "intake-plan-events";
    private static final Logger LOG = Logger.getLogger(PlanEventsConsumer.class);

    private final EventConsumer consumer;
    private final CareStatusRepository careStatuses;
    private final Clock clock;
    private final EventRoutes routes = EventRoutes.forConsumer(CONSUMER)
            .on(EventTypes.PLAN_ACTIVATED, PlanActivatedV1.class, (event, plan) ->
                    apply(event, CareStatus.PLAN_ACTIVE, plan.patientId(), plan.planId(), plan.activatedAt()))
            .on(EventTypes.PLAN_COMPLETED, PlanCompletedV1.class, (event, plan) ->
                    apply(event, CareStatus.DISCHARGED, plan.patientId(), plan.planId(), plan.completedAt()));

    public PlanEventsConsumer(EventConsumer consumer, CareStatusRepository careStatuses, Clock clock) {
        this.consumer = consumer;
        this.careStatuses = careStatuses;
        this.clock = clock;
    }

    @Incoming("plan-events")
    @Blocking
    public CompletionStage<Void> consume(Message<String> message) {
        return consumer.consume(message, routes);
    }

    private void apply(IncomingEvent event, CareStatus status, UUID patientId, UUID planId, Instant payloadTime) {
        PoisonEvent.required(patientId, event.type(), "patientId");
        PoisonEvent.required(planId, event.type(), "planId");
        if (event.subject() != null && !event.subject().equals(patientId.toString())) {
            throw PoisonEvent.unprocessable(event.type() + " " + event.id() + ": ce_subject is not the patientId");
        }
        Instant eventTime = event.eventTime(payloadTime);
        if (!careStatuses.apply(patientId, status, planId, event.id(), eventTime, clock.instant())) {
            LOG.infof("%s (%s) is older than the care status in force; ignored", event.type(), event.id());
        }
    }
}
