package care.unknot.intake.messaging;

import care.unknot.events.EventTypes;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.intake.domain.CareStatus;
import care.unknot.intake.repository.CareStatusRepository;
import care.unknot.kit.consume.IncomingEvent;
import care.unknot.kit.consume.ProcessedEvents;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * The patient's care status from plan.events: {@code plan.activated} makes it PLAN_ACTIVE, {@code plan.completed}
 * DISCHARGED (whatever the reason; partners see no more than that). The newest event by event time ({@code ce_time},
 * else the payload's activatedAt/completedAt) wins, so an older event consumed late changes nothing.
 *
 * <p>The event id is recorded ({@code processed_event}) in the same transaction as the status, so a redelivery
 * is skipped. Other plan types are logged (type and id only) and acknowledged. An event that cannot be read throws:
 * the transaction rolls back and the message is nacked to {@code intake-service.dlq}.
 *
 * <p>Acknowledgement is POST_PROCESSING: SmallRye acks only after this method returned, i.e. after the
 * {@code @Transactional} interceptor committed, and nacks when it threw or the commit failed.
 */
@ApplicationScoped
public class PlanEventsConsumer {

    static final String CONSUMER = "intake-plan-events";
    private static final Logger LOG = Logger.getLogger(PlanEventsConsumer.class);

    private final ProcessedEvents processed;
    private final CareStatusRepository careStatuses;
    private final Clock clock;

    public PlanEventsConsumer(ProcessedEvents processed, CareStatusRepository careStatuses, Clock clock) {
        this.processed = processed;
        this.careStatuses = careStatuses;
        this.clock = clock;
    }

    @Incoming("plan-events")
    @Acknowledgment(Acknowledgment.Strategy.POST_PROCESSING)
    @Blocking
    @Transactional
    public CompletionStage<Void> consume(Message<String> message) {
        IncomingEvent event = IncomingEvent.of(message);
        switch (event.type() == null ? "" : event.type()) {
            case EventTypes.PLAN_ACTIVATED -> {
                PlanActivatedV1 plan = event.dataAs(PlanActivatedV1.class);
                apply(event, CareStatus.PLAN_ACTIVE, plan.patientId(), plan.planId(), plan.activatedAt());
            }
            case EventTypes.PLAN_COMPLETED -> {
                PlanCompletedV1 plan = event.dataAs(PlanCompletedV1.class);
                apply(event, CareStatus.DISCHARGED, plan.patientId(), plan.planId(), plan.completedAt());
            }
            default -> LOG.debugf("skipping plan event type %s (%s)", event.type(), event.id());
        }
        return CompletableFuture.completedFuture(null);
    }

    private void apply(IncomingEvent event, CareStatus status, UUID patientId, UUID planId, Instant payloadTime) {
        if (event.id() == null || event.id().isBlank()) {
            throw new IllegalArgumentException(event.type() + " without ce_id");
        }
        if (patientId == null || planId == null) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " lacks patientId or planId");
        }
        if (event.subject() != null && !event.subject().equals(patientId.toString())) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + ": ce_subject is not the patientId");
        }
        Instant eventTime = event.time() != null ? event.time().toInstant() : payloadTime;
        if (eventTime == null) {
            throw new IllegalArgumentException(event.type() + " " + event.id() + " has no event time");
        }
        if (!processed.firstDelivery(CONSUMER, event.id())) {
            LOG.debugf("duplicate %s (%s) skipped", event.type(), event.id());
            return;
        }
        if (!careStatuses.apply(patientId, status, planId, event.id(), eventTime, clock.instant())) {
            LOG.infof("%s (%s) is older than the care status in force; ignored", event.type(), event.id());
        }
    }
}
