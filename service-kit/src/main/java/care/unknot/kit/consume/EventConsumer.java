package care.unknot.kit.consume;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.common.header.internals.RecordHeader;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;

/**
 * The one way a service consumes events. Call it from an {@code @Incoming @Blocking} method taking
 * {@code Message<String>} (manual acknowledgement; no {@code @Transactional} there):
 *
 * <pre>{@code
 * @Incoming("plan-events")
 * @Blocking
 * public CompletionStage<Void> consume(Message<String> message) {
 *     return consumer.consume(message, routes);
 * }
 * }</pre>
 *
 * It reads the CloudEvent headers ({@link IncomingEvent#of}), routes by type ({@link EventRoutes}; other types
 * are skipped and acked), maps the payload, runs the effect through the store's {@link EffectRunner} (JDBC: one
 * transaction with the processed-event record) and acks after the commit. A poison event
 * ({@link Failures#isTransient} false) is nacked to the channel's dead-letter topic with the header
 * {@value PoisonEvent#REASON_HEADER}; a transient failure is retried in place with exponential back-off, holding
 * the channel (so the patient's later events wait behind it) and never dead-lettered. Metrics:
 * {@code unknot.consumer.dead.letters} (channel, reason), {@code unknot.consumer.retries} (channel, failure),
 * {@code unknot.consumer.skipped} (channel). On shutdown a retried event is left unacknowledged (redelivered).
 */
@ApplicationScoped
public class EventConsumer {

    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EffectRunner runner;
    private final ConsumeConfig config;
    private final MeterRegistry registry;
    private volatile boolean stopping;

    public EventConsumer(EffectRunner runner, ConsumeConfig config, MeterRegistry registry) {
        this.runner = runner;
        this.config = config;
        this.registry = registry;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
    }

    public CompletionStage<Void> consume(Message<?> message, EventRoutes routes) {
        String channel = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .map(IncomingKafkaRecordMetadata::getChannel).orElse(routes.consumer());
        IncomingEvent event;
        try {
            event = IncomingEvent.of(message);
        } catch (RuntimeException e) {
            return deadLetter(message, channel, routes.consumer(), null, e);
        }
        Optional<EventRoutes.Route<?>> route = routes.route(event.type());
        if (route.isEmpty()) {
            LOG.debugf("%s skips event type %s (%s)", routes.consumer(), event.type(), event.id());
            registry.counter("unknot.consumer.skipped", "channel", channel).increment();
            return message.ack();
        }
        Duration wait = config.retryInitial();
        while (true) {
            try {
                runner.runOnce(routes.consumer(), event, () -> route.get().apply(event));
                return message.ack();
            } catch (RuntimeException e) {
                if (!Failures.isTransient(e)) {
                    return deadLetter(message, channel, routes.consumer(), event, e);
                }
                registry.counter("unknot.consumer.retries", "channel", channel, "failure",
                        e.getClass().getSimpleName()).increment();
                LOG.warnf("%s: transient %s on %s (%s); retrying in %d ms", routes.consumer(),
                        e.getClass().getSimpleName(), event.type(), event.id(), wait.toMillis());
                if (stopping || !sleep(wait)) {
                    // shutting down: neither ack nor nack, so the event is redelivered to the next consumer
                    return new CompletableFuture<>();
                }
                Duration doubled = wait.multipliedBy(2);
                wait = doubled.compareTo(config.retryMax()) > 0 ? config.retryMax() : doubled;
            }
        }
    }

    private CompletionStage<Void> deadLetter(Message<?> message, String channel, String consumer,
            IncomingEvent event, RuntimeException failure) {
        String reason = Failures.poisonReason(failure);
        registry.counter("unknot.consumer.dead.letters", "channel", channel, "reason", reason).increment();
        // a PoisonEvent's message names headers, types and fields only; other messages could quote data
        LOG.warnf("%s: %s is poison (%s: %s); to the dead-letter topic", consumer,
                event == null ? "a record without valid CloudEvents headers" : event.type() + " " + event.id(),
                reason, failure instanceof PoisonEvent ? failure.getMessage() : failure.getClass().getSimpleName());
        OutgoingKafkaRecordMetadata<?> reasonHeader = OutgoingKafkaRecordMetadata.builder()
                .addHeaders(new RecordHeader(PoisonEvent.REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8)))
                .build();
        return message.nack(failure, Metadata.of(reasonHeader));
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
