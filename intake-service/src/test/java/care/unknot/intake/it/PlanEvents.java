package care.unknot.intake.it;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventJson;
import care.unknot.events.Sources;
import care.unknot.events.Topics;
import care.unknot.events.plan.CareMode;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanPhase;
import care.unknot.local.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.awaitility.Awaitility;

/**
 * Publishes plan.events the way plan-service will (binary-mode CloudEvents, key and ce_subject = patient id,
 * payloads from the contract records) with a plain producer on the real broker, and reads what intake did with
 * them: the consumer group's committed offset (every record before it was processed and acked) and the
 * dead-letter topic.
 */
final class PlanEvents {

    static final String GROUP = "intake-service";

    record Sent(String id, TopicPartition partition, long offset) {
    }

    private static KafkaProducer<String, String> producer;

    private PlanEvents() {
    }

    static PlanActivatedV1 activated(UUID patientId, UUID planId, Instant at) {
        return new PlanActivatedV1(planId, patientId, CareMode.CLINIC_LED, UUID.randomUUID(), 8, PlanPhase.FOCUSED,
                at);
    }

    static PlanCompletedV1 completed(UUID patientId, UUID planId, Instant at) {
        return new PlanCompletedV1(planId, patientId, PlanCompletionReason.DISCHARGED, 11, at);
    }

    /** A binary-mode CloudEvent with a new id; {@code time} is its ce_time. */
    static Sent publish(String type, UUID patientId, Instant time, Object payload) {
        return publish(UUID.randomUUID().toString(), type, patientId, time, payload);
    }

    /** A binary-mode CloudEvent with the given id (send one id twice to model a redelivery). */
    static Sent publish(String id, String type, UUID patientId, Instant time, Object payload) {
        String json = payload instanceof String s ? s : EventJson.mapper().valueToTree(payload).toString();
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PLAN, patientId.toString(), json);
        record.headers()
                .add(CloudEventsConventions.HEADER_SPEC_VERSION, bytes(CloudEventsConventions.SPEC_VERSION))
                .add(CloudEventsConventions.HEADER_ID, bytes(id))
                .add(CloudEventsConventions.HEADER_TYPE, bytes(type))
                .add(CloudEventsConventions.HEADER_SOURCE, bytes(Sources.PLAN))
                .add(CloudEventsConventions.HEADER_SUBJECT, bytes(patientId.toString()))
                .add(CloudEventsConventions.HEADER_TIME, bytes(time.toString()))
                .add(CloudEventsConventions.HEADER_CONTENT_TYPE, bytes(CloudEventsConventions.CONTENT_TYPE));
        return send(id, record);
    }

    /** The headers {@link #publish} sends, for tests that break one of them. */
    static Map<String, String> headers(String id, String type, UUID patientId, Instant time) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put(CloudEventsConventions.HEADER_SPEC_VERSION, CloudEventsConventions.SPEC_VERSION);
        headers.put(CloudEventsConventions.HEADER_ID, id);
        headers.put(CloudEventsConventions.HEADER_TYPE, type);
        headers.put(CloudEventsConventions.HEADER_SOURCE, Sources.PLAN);
        headers.put(CloudEventsConventions.HEADER_SUBJECT, patientId.toString());
        headers.put(CloudEventsConventions.HEADER_TIME, time.toString());
        headers.put(CloudEventsConventions.HEADER_CONTENT_TYPE, CloudEventsConventions.CONTENT_TYPE);
        return headers;
    }

    /** A raw record with exactly these headers; {@code id} names it for {@link #deadLetter}. */
    static Sent publishRaw(String id, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PLAN, key, value);
        headers.forEach((name, v) -> record.headers().add(name, bytes(v)));
        return send(id, record);
    }

    /** A record without any ce_* header: not a CloudEvent at all. */
    static Sent publishRaw(UUID key, String value) {
        return send(key.toString(), new ProducerRecord<>(Topics.PLAN, key.toString(), value));
    }

    private static Sent send(String id, ProducerRecord<String, String> record) {
        try {
            RecordMetadata sent = producer().send(record).get();
            return new Sent(id, new TopicPartition(sent.topic(), sent.partition()), sent.offset());
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + Topics.PLAN, e);
        }
    }

    /** Waits until intake's consumer group committed past the record: it was processed and acked. */
    static void awaitConsumed(Sent sent) {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalKafka.shared().bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).until(() -> {
                OffsetAndMetadata committed = admin.listConsumerGroupOffsets(GROUP)
                        .partitionsToOffsetAndMetadata().get().get(sent.partition());
                return committed != null && committed.offset() > sent.offset();
            });
        }
    }

    /** The dead letter whose ce_id (or, for a record without one, key) is {@code id}, if it arrives in time. */
    static Optional<ConsumerRecord<String, String>> deadLetter(String id, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers());
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = new ArrayList<>();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(Topics.INTAKE_DLQ)
                        .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    String ceId = header(r, CloudEventsConventions.HEADER_ID);
                    if (id.equals(ceId) || ceId == null && id.equals(r.key())) {
                        return Optional.of(r);
                    }
                }
            }
            return Optional.empty();
        }
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
