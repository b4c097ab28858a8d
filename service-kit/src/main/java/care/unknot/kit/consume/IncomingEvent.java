package care.unknot.kit.consume;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;

import org.eclipse.microprofile.reactive.messaging.Message;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;

import care.unknot.kit.json.PayloadJson;

/**
 * A consumed CloudEvent, read from SmallRye's {@code IncomingKafkaCloudEventMetadata} (binary mode: the
 * {@code ce_*} headers) with the payload as JSON text.
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        String data) {

    /** @throws IllegalArgumentException when the message carries no CloudEvent metadata */
    public static IncomingEvent of(Message<?> message) {
        IncomingCloudEventMetadata<?> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new IllegalArgumentException("message is not a CloudEvent (no ce_ headers)"));
        OffsetDateTime time = cloudEvent.getTimeStamp().map(ZonedDateTime::toOffsetDateTime).orElse(null);
        return new IncomingEvent(cloudEvent.getId(), cloudEvent.getType(),
                cloudEvent.getSource() == null ? null : cloudEvent.getSource().toString(),
                cloudEvent.getSubject().orElse(null), time, text(message.getPayload()));
    }

    /** The payload mapped with the shared event JSON configuration (unknown properties ignored). */
    public <T> T dataAs(Class<T> type) {
        return PayloadJson.read(data, type);
    }

    private static String text(Object payload) {
        if (payload == null || payload instanceof String) {
            return (String) payload;
        }
        if (payload instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return PayloadJson.write(payload);
    }
}
