package care.unknot.events.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.CatalogEntry;
import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventCatalog;
import care.unknot.events.Topics;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed {@code asyncapi.yaml} is what the generator makes of the records, and it names every catalog type,
 * topic and record component. Regenerate with {@code -Dunknot.asyncapi.update=true}.
 */
class AsyncApiDocumentTest {

    private static final Path COMMITTED = Path.of("asyncapi.yaml");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build();

    private static JsonNode document;

    @BeforeAll
    static void readCommittedDocument() throws Exception {
        if (Boolean.getBoolean("unknot.asyncapi.update")) {
            Files.writeString(COMMITTED, YAML.writeValueAsString(AsyncApiDocument.generate()));
        }
        document = YAML.readTree(COMMITTED.toFile());
    }

    static Stream<CatalogEntry> entries() {
        return EventCatalog.entries().stream();
    }

    @Test
    void committedDocumentMatchesTheRecords() {
        JsonNode generated = YAML.valueToTree(AsyncApiDocument.generate());

        assertThat(document)
                .as("asyncapi.yaml is stale: run the test with -Dunknot.asyncapi.update=true and commit the file")
                .isEqualTo(generated);
    }

    @Test
    void isAnAsyncApi3DocumentWithALocalKafkaServer() {
        assertThat(document.path("asyncapi").asText()).isEqualTo("3.0.0");
        assertThat(document.at("/servers/local/protocol").asText()).isEqualTo("kafka");
    }

    @Test
    void hasOneChannelPerTopic() {
        List<String> addresses = new ArrayList<>();
        document.path("channels").forEach(channel -> addresses.add(channel.path("address").asText()));

        assertThat(addresses).containsExactlyInAnyOrderElementsOf(Topics.EVENT_TOPICS);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void namesTheTypeAsAMessageOnItsTopicsChannel(CatalogEntry entry) {
        JsonNode message = resolve(channelOf(entry.topic()).path("messages").path(entry.type()));

        assertThat(message.path("name").asText()).isEqualTo(entry.type());
        assertThat(message.at("/headers/properties/ce_type/const").asText()).isEqualTo(entry.type());
        assertThat(message.at("/headers/properties/ce_source/const").asText()).isEqualTo(entry.source());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void messageCarriesTheCloudEventsHeadersAsATrait(CatalogEntry entry) {
        JsonNode message = document.at("/components/messages/" + entry.type());
        JsonNode trait = resolve(message.path("traits").path(0));

        assertThat(names(trait.at("/headers/properties"))).contains(
                CloudEventsConventions.HEADER_ID, CloudEventsConventions.HEADER_TYPE,
                CloudEventsConventions.HEADER_SOURCE, CloudEventsConventions.HEADER_SUBJECT,
                CloudEventsConventions.HEADER_TIME, CloudEventsConventions.HEADER_CONTENT_TYPE);
        assertThat(message.path("contentType").asText()).isEqualTo(CloudEventsConventions.CONTENT_TYPE);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entries")
    void payloadSchemaListsEveryComponentOfTheRecord(CatalogEntry entry) {
        JsonNode payload = resolve(document.at("/components/messages/" + entry.type() + "/payload"));

        assertThat(names(payload.path("properties"))).containsExactlyElementsOf(componentNames(entry.recordClass()));
    }

    @Test
    void everyNestedRecordAndEnumHasAMatchingSchema() {
        for (Class<?> type : nestedTypes()) {
            JsonNode schema = document.at("/components/schemas/" + type.getSimpleName());
            if (type.isEnum()) {
                List<String> values = new ArrayList<>();
                schema.path("enum").forEach(value -> values.add(value.asText()));
                assertThat(values).as(type.getName())
                        .containsExactlyElementsOf(Stream.of(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
            } else {
                assertThat(names(schema.path("properties"))).as(type.getName())
                        .containsExactlyElementsOf(componentNames(type));
            }
        }
    }

    @Test
    void eachTopicIsSentByItsOwnerAndReceivedByItsConsumers() {
        for (String topic : Topics.EVENT_TOPICS) {
            JsonNode send = document.at("/operations/" + AsyncApiDocument.sendOperationId(topic));
            assertThat(send.path("action").asText()).isEqualTo("send");
            assertThat(resolve(send.path("channel")).path("address").asText()).isEqualTo(topic);
            assertThat(send.path("messages")).hasSize(EventCatalog.typesOn(topic).size());
            for (String consumer : AsyncApiDocument.CONSUMERS.get(topic)) {
                JsonNode receive = document.at("/operations/" + AsyncApiDocument.receiveOperationId(consumer, topic));
                assertThat(receive.path("action").asText()).as(consumer + " on " + topic).isEqualTo("receive");
                assertThat(resolve(receive.path("channel")).path("address").asText()).isEqualTo(topic);
            }
        }
        assertThat(AsyncApiDocument.CONSUMERS.get(Topics.INTAKE))
                .containsExactly("plan-service", "diary-service", "notification-service");
    }

    private static JsonNode channelOf(String topic) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asText().equals(topic)) {
                return channel;
            }
        }
        throw new AssertionError("No channel for " + topic);
    }

    private static JsonNode resolve(JsonNode reference) {
        String ref = reference.path("$ref").asText();
        assertThat(ref).as("a local $ref").startsWith("#/");
        JsonNode target = document.at(ref.substring(1));
        assertThat(target.isMissingNode()).as("%s resolves", ref).isFalse();
        return target;
    }

    private static List<String> names(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> componentNames(Class<?> record) {
        return Stream.of(record.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static Set<Class<?>> nestedTypes() {
        Set<Class<?>> found = new LinkedHashSet<>();
        EventCatalog.entries().forEach(entry -> collect(entry.recordClass(), found));
        return found;
    }

    private static void collect(Class<?> type, Set<Class<?>> found) {
        if (!(type.isRecord() || type.isEnum()) || !found.add(type) || type.isEnum()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> held = component.getGenericType() instanceof ParameterizedType list
                    ? (Class<?>) list.getActualTypeArguments()[0] : component.getType();
            collect(held, found);
        }
    }
}
