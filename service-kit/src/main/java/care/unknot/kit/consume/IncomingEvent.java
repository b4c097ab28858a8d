package care.unknot.kit.consume;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.reactive.messaging.Message;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.reactive.messaging.ce.IncomingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;

import care.unknot.events.CloudEventsConventions;
import care.unknot.kit.json.PayloadJson;

/**
 * A consumed CloudEvent (binary mode) with the payload as JSON text. The {@code ce_*} headers are read from the
 * Kafka record itself, not from SmallRye's CloudEvents support: that one parses them in the connector, before any
 * failure strategy applies, so one bad {@code ce_time} stopped the channel for good. The kit therefore ships
 * {@code cloud-events=false} for the Kafka connector's channels (the outgoing {@code outbox} sets it back).
 */
public record IncomingEvent(String id, String type, String source, String subject, OffsetDateTime time,
        String data) {

    /** @throws PoisonEvent when a required header is missing or a header is malformed */
    public static IncomingEvent of(Message<?> message) {
        Optional<IncomingKafkaRecordMetadata> kafka = message.getMetadata(IncomingKafkaRecordMetadata.class);
        if (kafka.isPresent()) {
            return fromHeaders(kafka.get().getHeaders(), text(message.getPayload()));
        }
        IncomingCloudEventMetadata<?> cloudEvent = message.getMetadata(IncomingCloudEventMetadata.class)
                .orElseThrow(() -> new PoisonEvent(PoisonEvent.MISSING_HEADER, "message is not a CloudEvent"));
        OffsetDateTime time = cloudEvent.getTimeStamp().map(ZonedDateTime::toOffsetDateTime).orElse(null);
        return new IncomingEvent(cloudEvent.getId(), cloudEvent.getType(),
                cloudEvent.getSource() == null ? null : cloudEvent.getSource().toString(),
                cloudEvent.getSubject().orElse(null), time, text(message.getPayload()));
    }

    /** Reads and checks the binary-mode headers: specversion 1.0, id, type and source required, time RFC 3339. */
    public static IncomingEvent fromHeaders(Headers headers, String data) {
        String specVersion = required(headers, CloudEventsConventions.HEADER_SPEC_VERSION);
        if (!CloudEventsConventions.SPEC_VERSION.equals(specVersion)) {
            throw malformed(CloudEventsConventions.HEADER_SPEC_VERSION, "is not " + CloudEventsConventions.SPEC_VERSION);
        }
        String id = required(headers, CloudEventsConventions.HEADER_ID);
        String type = required(headers, CloudEventsConventions.HEADER_TYPE);
        String source = required(headers, CloudEventsConventions.HEADER_SOURCE);
        try {
            new URI(source);
        } catch (URISyntaxException e) {
            throw malformed(CloudEventsConventions.HEADER_SOURCE, "is not a URI reference");
        }
        String timeText = header(headers, CloudEventsConventions.HEADER_TIME);
        OffsetDateTime time = null;
        if (timeText != null) {
            try {
                time = OffsetDateTime.parse(timeText, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                throw malformed(CloudEventsConventions.HEADER_TIME, "is not an RFC 3339 timestamp");
            }
        }
        return new IncomingEvent(id, type, source, header(headers, CloudEventsConventions.HEADER_SUBJECT), time,
                data);
    }

    /**
     * The event time for last-writer-wins read copies: {@code ce_time}, else the payload's own time.
     *
     * @throws PoisonEvent when neither is there
     */
    public Instant eventTime(Instant payloadTime) {
        Instant eventTime = time != null ? time.toInstant() : payloadTime;
        return PoisonEvent.required(eventTime, type, "an event time (ce_time or the payload's)");
    }

    /**
     * The payload mapped with the shared event JSON configuration (unknown properties ignored).
     *
     * @throws PoisonEvent {@code not-json} for a value that is not JSON (or none), {@code contract-mismatch}
     *         naming the field when the JSON does not map to {@code type}
     */
    public <T> T dataAs(Class<T> type) {
        JsonNode tree;
        try {
            tree = data == null || data.isBlank() ? null : PayloadJson.mapper().readTree(data);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            throw new PoisonEvent(PoisonEvent.NOT_JSON, type() + " " + id() + ": the value is not JSON");
        }
        try {
            T payload = PayloadJson.mapper().treeToValue(tree, type);
            if (payload == null) {
                throw new PoisonEvent(PoisonEvent.CONTRACT_MISMATCH, type() + " " + id() + ": empty payload");
            }
            return payload;
        } catch (JsonProcessingException e) {
            throw new PoisonEvent(PoisonEvent.CONTRACT_MISMATCH, type() + " " + id() + ": payload is not a "
                    + type.getSimpleName() + path(e));
        }
    }

    private static String path(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder(" at ");
            for (JsonMappingException.Reference ref : mapping.getPath()) {
                path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]");
            }
            return path.toString().replace(" at .", " at ");
        }
        return "";
    }

    private static String required(Headers headers, String name) {
        String value = header(headers, name);
        if (value == null || value.isBlank()) {
            throw new PoisonEvent(PoisonEvent.MISSING_HEADER, "header " + name + " is missing");
        }
        return value;
    }

    private static PoisonEvent malformed(String header, String what) {
        return new PoisonEvent(PoisonEvent.MALFORMED_HEADER, "header " + header + " " + what);
    }

    private static String header(Headers headers, String name) {
        Header header = headers == null ? null : headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
