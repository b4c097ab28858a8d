package care.unknot.kit.outbox;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * Sends outbox events to the channel {@code outbox} as CloudEvents in Kafka binary mode (SmallRye's own
 * CloudEvents support writes the {@code ce_*} headers), keyed by aggregate id. Shared by the JDBC and the
 * MongoDB relay.
 */
@ApplicationScoped
public class OutboxPublisher {

    public static final String CHANNEL = "outbox";

    private final MutinyEmitter<String> emitter;
    private final URI source;

    @Inject
    public OutboxPublisher(@Channel(CHANNEL) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 8192)
            MutinyEmitter<String> emitter, OutboxConfig config) {
        this.emitter = emitter;
        this.source = URI.create(config.source());
    }

    /** Hands the event to the Kafka producer; the future completes when the broker acknowledged it. */
    public CompletableFuture<Void> publish(OutboxEvent event) {
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.id().toString())
                .withType(event.type())
                .withSource(source)
                .withSubject(event.aggregateId())
                .withTimestamp(event.timestamp().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(event.aggregateId())
                .build();
        Message<String> message = Message.of(event.payload()).addMetadata(cloudEvent).addMetadata(record);
        return emitter.sendMessage(message).subscribeAsCompletionStage();
    }
}
