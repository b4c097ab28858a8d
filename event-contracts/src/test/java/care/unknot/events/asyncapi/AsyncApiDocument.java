package care.unknot.events.asyncapi;

import care.unknot.events.CatalogEntry;
import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventCatalog;
import care.unknot.events.EventJson;
import care.unknot.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Generates {@code event-contracts/asyncapi.yaml} (AsyncAPI 3.0) from the catalog, the records and the golden
 * samples. {@code AsyncApiDocumentTest} fails when the committed file differs from what this produces.
 */
final class AsyncApiDocument {

    /** Who consumes which topic (architecture.md, "Services"). */
    static final Map<String, List<String>> CONSUMERS = consumers();

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String TRAIT_REF = "#/components/messageTraits/cloudEvent";

    private AsyncApiDocument() {
    }

    static ObjectNode generate() {
        ObjectNode root = JSON.objectNode();
        root.put("asyncapi", "3.0.0");
        root.set("info", info());
        root.put("defaultContentType", CloudEventsConventions.CONTENT_TYPE);
        root.set("servers", servers());
        ObjectNode channels = root.putObject("channels");
        ObjectNode operations = root.putObject("operations");
        ObjectNode components = root.putObject("components");
        ObjectNode messages = components.putObject("messages");
        RecordSchemas schemas = new RecordSchemas();
        for (String topic : Topics.EVENT_TOPICS) {
            channels.set(topic, channel(topic));
            List<String> types = EventCatalog.typesOn(topic);
            operations.set(sendOperationId(topic), operation("send", topic, types,
                    producer(topic) + " publishes through its transactional outbox relay."));
            for (String consumer : CONSUMERS.getOrDefault(topic, List.of())) {
                operations.set(receiveOperationId(consumer, topic), operation("receive", topic, types,
                        consumer + " consumes idempotently (ce_id); unknown types are logged and skipped; "
                                + "poison messages go to " + Topics.deadLetter(consumer) + "."));
            }
        }
        for (CatalogEntry entry : EventCatalog.entries()) {
            messages.set(entry.type(), message(entry, schemas));
        }
        components.putObject("messageTraits").set("cloudEvent", cloudEventTrait());
        ObjectNode schemaNodes = components.putObject("schemas");
        schemas.all().forEach(schemaNodes::set);
        return root;
    }

    static String sendOperationId(String topic) {
        return "send" + camel(topic);
    }

    static String receiveOperationId(String consumer, String topic) {
        return camel(consumer).substring(0, 1).toLowerCase() + camel(consumer).substring(1) + "Receives" + camel(topic);
    }

    private static ObjectNode info() {
        ObjectNode info = JSON.objectNode();
        info.put("title", "Unknot events");
        info.put("version", "1.0.0");
        info.put("description", "Events between the Unknot services: CloudEvents " + CloudEventsConventions.SPEC_VERSION
                + " in Kafka binary mode (ce_* headers, the JSON payload as the record value), one topic per producing"
                + " service, record key = patient id (ce_subject) so one patient's events stay in order. Payloads are"
                + " the versioned records of the event-contracts module (care.unknot.events); changes are additive and"
                + " consumers ignore unknown properties; a breaking change is a new type. Every property is optional on"
                + " the wire: an absent scalar means unknown or not applicable, an absent list means empty. Dead-letter"
                + " topics: " + String.join(", ", Topics.DEAD_LETTER_TOPICS) + ". Generated from the records by"
                + " AsyncApiDocumentTest (-Dunknot.asyncapi.update=true); do not edit by hand.");
        return info;
    }

    private static ObjectNode servers() {
        ObjectNode servers = JSON.objectNode();
        ObjectNode local = servers.putObject("local");
        local.put("host", "127.0.0.1:9092");
        local.put("protocol", "kafka");
        local.put("description", "The local KRaft broker started by ./unknot up (deploy/local); tests use a free port.");
        return servers;
    }

    private static ObjectNode channel(String topic) {
        ObjectNode channel = JSON.objectNode();
        channel.put("address", topic);
        List<String> consumers = CONSUMERS.getOrDefault(topic, List.of());
        channel.put("description", "Published by " + producer(topic) + "; consumed by "
                + (consumers.isEmpty() ? "no Unknot service yet" : String.join(", ", consumers)) + ".");
        ObjectNode messages = channel.putObject("messages");
        for (String type : EventCatalog.typesOn(topic)) {
            messages.putObject(type).put("$ref", "#/components/messages/" + type);
        }
        return channel;
    }

    private static ObjectNode operation(String action, String topic, List<String> types, String summary) {
        ObjectNode operation = JSON.objectNode();
        operation.put("action", action);
        operation.putObject("channel").put("$ref", "#/channels/" + topic);
        operation.put("summary", summary);
        ArrayNode messages = operation.putArray("messages");
        types.forEach(type -> messages.addObject().put("$ref", "#/channels/" + topic + "/messages/" + type));
        return operation;
    }

    private static ObjectNode message(CatalogEntry entry, RecordSchemas schemas) {
        ObjectNode message = JSON.objectNode();
        message.put("name", entry.type());
        message.put("title", entry.recordClass().getSimpleName());
        message.put("summary", JavadocText.of(entry.recordClass()).summary());
        message.put("contentType", CloudEventsConventions.CONTENT_TYPE);
        message.putArray("traits").addObject().put("$ref", TRAIT_REF);
        ObjectNode headers = message.putObject("headers").put("type", "object").putObject("properties");
        headers.putObject(CloudEventsConventions.HEADER_TYPE).put("type", "string").put("const", entry.type());
        headers.putObject(CloudEventsConventions.HEADER_SOURCE).put("type", "string").put("const", entry.source());
        message.set("payload", schemas.reference(entry.recordClass()));
        ObjectNode kafka = message.putObject("bindings").putObject("kafka");
        kafka.putObject("key").put("type", "string").put("description", keyDescription(entry));
        kafka.put("bindingVersion", "0.5.0");
        message.putArray("examples").addObject().put("name", "golden-sample").set("payload", sample(entry.type()));
        return message;
    }

    private static String keyDescription(CatalogEntry entry) {
        boolean aboutAPatient = Stream.of(entry.recordClass().getRecordComponents())
                .anyMatch(component -> component.getName().equals("patientId"));
        return aboutAPatient ? "The patient id (equals ce_subject)." : "The partner id (equals ce_subject).";
    }

    private static ObjectNode cloudEventTrait() {
        ObjectNode trait = JSON.objectNode();
        trait.put("description", "CloudEvents " + CloudEventsConventions.SPEC_VERSION + " attributes in Kafka binary"
                + " mode, written and read by SmallRye Reactive Messaging's CloudEvents support.");
        ObjectNode headers = trait.putObject("headers");
        headers.put("type", "object");
        ArrayNode required = headers.putArray("required");
        ObjectNode properties = headers.putObject("properties");
        header(properties, required, CloudEventsConventions.HEADER_SPEC_VERSION, "CloudEvents spec version.")
                .put("const", CloudEventsConventions.SPEC_VERSION);
        header(properties, required, CloudEventsConventions.HEADER_ID,
                "Event id (the outbox row id); consumers de-duplicate on it.").put("format", "uuid");
        header(properties, required, CloudEventsConventions.HEADER_TYPE, "Event type, e.g. intake.screened.");
        header(properties, required, CloudEventsConventions.HEADER_SOURCE, "Producing service, e.g. /intake-service.");
        header(properties, required, CloudEventsConventions.HEADER_SUBJECT,
                "The patient id (the partner id for webhook.endpoint-disabled); equals the record key.");
        header(properties, required, CloudEventsConventions.HEADER_TIME, "When the fact happened (UTC).")
                .put("format", "date-time");
        header(properties, required, CloudEventsConventions.HEADER_CONTENT_TYPE, "Payload media type.")
                .put("const", CloudEventsConventions.CONTENT_TYPE);
        return trait;
    }

    private static ObjectNode header(ObjectNode properties, ArrayNode required, String name, String description) {
        required.add(name);
        return properties.putObject(name).put("type", "string").put("description", description);
    }

    private static JsonNode sample(String type) {
        try (InputStream in = AsyncApiDocument.class.getClassLoader().getResourceAsStream("samples/" + type + ".json")) {
            if (in == null) {
                throw new IllegalStateException("No golden sample for " + type);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String producer(String topic) {
        return topic.substring(0, topic.indexOf('.')) + "-service";
    }

    private static String camel(String name) {
        StringBuilder camel = new StringBuilder();
        for (String word : name.split("[.-]")) {
            camel.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return camel.toString();
    }

    private static Map<String, List<String>> consumers() {
        Map<String, List<String>> consumers = new LinkedHashMap<>();
        consumers.put(Topics.INTAKE, List.of("plan-service", "diary-service", "notification-service"));
        consumers.put(Topics.PLAN, List.of("diary-service", "notification-service"));
        consumers.put(Topics.DIARY, List.of("plan-service", "notification-service"));
        consumers.put(Topics.NOTIFICATION, List.of());
        return consumers;
    }
}
