package care.unknot.notification.webhook.it;

import static io.restassured.RestAssured.given;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventCatalog;
import care.unknot.events.EventJson;
import care.unknot.events.EventPayload;
import care.unknot.local.LocalJwt;
import care.unknot.local.LocalKafka;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.standardwebhooks.Webhook;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the webhook tests share: callers with real tokens, the partner's receiving endpoint (WireMock on loopback),
 * events published the way intake and plan publish them, and verification as the partner does it (the Standard
 * Webhooks reference library).
 */
public final class Partners {

    private static WireMockServer receiver;
    private static KafkaProducer<String, String> producer;

    private Partners() {
    }

    static RequestSpecification partner(String partnerId) {
        return given().auth().oauth2(LocalJwt.shared().partnerToken("user-of-" + partnerId, partnerId))
                .contentType(ContentType.JSON);
    }

    static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(LocalJwt.shared().token(role, subject)).contentType(ContentType.JSON);
    }

    static String newPartnerId() {
        return "clinic-" + UUID.randomUUID();
    }

    static synchronized WireMockServer receiver() {
        if (receiver == null) {
            receiver = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1")
                    .containerThreads(40).asynchronousResponseEnabled(true));
            receiver.start();
        }
        return receiver;
    }

    /** A URL on the receiver unique to one test's endpoint. */
    static String endpoint(String path) {
        return "http://127.0.0.1:" + receiver().port() + path;
    }

    record Created(UUID id, String secret) {
    }

    static Created subscribe(String partnerId, String url, List<String> eventTypes) {
        var response = partner(partnerId).body(Map.of("url", url, "eventTypes", eventTypes))
                .post("/api/v1/partners/{partnerId}/webhooks", partnerId).then().statusCode(201).extract();
        return new Created(UUID.fromString(response.path("id")), response.path("secret"));
    }

    /** Publishes a binary-mode CloudEvent keyed by the patient, as the producing service's relay does. */
    static void publish(String eventId, UUID patientId, EventPayload payload, Instant time) {
        String type = EventCatalog.typeOf(payload);
        ProducerRecord<String, String> record = new ProducerRecord<>(EventCatalog.topicFor(type),
                patientId.toString(), EventJson.mapper().valueToTree(payload).toString());
        record.headers()
                .add(CloudEventsConventions.HEADER_SPEC_VERSION, bytes(CloudEventsConventions.SPEC_VERSION))
                .add(CloudEventsConventions.HEADER_ID, bytes(eventId))
                .add(CloudEventsConventions.HEADER_TYPE, bytes(type))
                .add(CloudEventsConventions.HEADER_SOURCE, bytes(EventCatalog.sourceFor(type)))
                .add(CloudEventsConventions.HEADER_SUBJECT, bytes(patientId.toString()))
                .add(CloudEventsConventions.HEADER_TIME, bytes(time.toString()))
                .add(CloudEventsConventions.HEADER_CONTENT_TYPE, bytes(CloudEventsConventions.CONTENT_TYPE));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish " + type, e);
        }
    }

    /** The dead letter of notification-service whose ce_id is {@code id}, if it arrives in time. */
    /** The record of notification-service.dlq whose ce_id is {@code id}, if it arrives within the timeout. */
    public static java.util.Optional<org.apache.kafka.clients.consumer.ConsumerRecord<String, String>> deadLetter(String id,
            java.time.Duration timeout) {
        java.util.Properties props = new java.util.Properties();
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalKafka.shared().bootstrapServers());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        props.put(org.apache.kafka.clients.consumer.ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringDeserializer.class.getName());
        try (var consumer = new org.apache.kafka.clients.consumer.KafkaConsumer<String, String>(props)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<org.apache.kafka.common.TopicPartition> partitions = new java.util.ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(care.unknot.events.Topics.NOTIFICATION_DLQ).forEach(p ->
                        partitions.add(new org.apache.kafka.common.TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (var record : consumer.poll(java.time.Duration.ofMillis(200))) {
                    var header = record.headers().lastHeader(CloudEventsConventions.HEADER_ID);
                    if (header != null && id.equals(new String(header.value(), StandardCharsets.UTF_8))) {
                        return java.util.Optional.of(record);
                    }
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** Verifies a received request as the partner would; throws when the signature or timestamp is wrong. */
    static void verify(String secret, String body, Map<String, String> headers) throws Exception {
        HttpHeaders http = HttpHeaders.of(Map.of(
                "webhook-id", List.of(headers.get("webhook-id")),
                "webhook-timestamp", List.of(headers.get("webhook-timestamp")),
                "webhook-signature", List.of(headers.get("webhook-signature"))), (name, value) -> true);
        new Webhook(secret).verify(body, http);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    LocalKafka.shared().bootstrapServers(),
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName(),
                    ProducerConfig.ACKS_CONFIG, "all"));
        }
        return producer;
    }
}
