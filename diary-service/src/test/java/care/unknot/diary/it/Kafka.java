package care.unknot.diary.it;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventJson;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import care.unknot.local.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes CloudEvents the way intake- and plan-service do, and reads what the diary published, on the real broker. */
final class Kafka {

    record Event(String id, String type, String key, String payload) {

        <T> T as(Class<T> type) {
            try {
                return EventJson.mapper().readValue(payload, type);
            } catch (Exception e) {
                throw new AssertionError("payload is not a " + type.getSimpleName(), e);
            }
        }
    }

    private static KafkaProducer<String, String> producer;

    private Kafka() {
    }

    /** Sends one binary-mode CloudEvent with the given id (send the same id twice to test redelivery). */
    static void publish(String topic, String eventId, String type, UUID patientId, Object payload) {
        publish(topic, eventId, type, patientId, payload, Instant.now());
    }

    /** As {@link #publish(String, String, String, UUID, Object)} with {@code time} as ce_time. */
    static void publish(String topic, String eventId, String type, UUID patientId, Object payload, Instant time) {
        try {
            String json = payload instanceof String s ? s : EventJson.mapper().writeValueAsString(payload);
            publishRaw(topic, patientId.toString(), headers(topic, eventId, type, patientId, time), json);
        } catch (Exception e) {
            throw new AssertionError("could not publish " + type, e);
        }
    }

    /** The headers {@link #publish} sends, for tests that break one of them. */
    static Map<String, String> headers(String topic, String eventId, String type, UUID patientId, Instant time) {
        Map<String, String> headers = new java.util.LinkedHashMap<>();
        headers.put(CloudEventsConventions.HEADER_SPEC_VERSION, CloudEventsConventions.SPEC_VERSION);
        headers.put(CloudEventsConventions.HEADER_ID, eventId);
        headers.put(CloudEventsConventions.HEADER_TYPE, type);
        headers.put(CloudEventsConventions.HEADER_SOURCE, topic.equals(Topics.PLAN) ? "/plan-service"
                : "/intake-service");
        headers.put(CloudEventsConventions.HEADER_SUBJECT, patientId.toString());
        headers.put(CloudEventsConventions.HEADER_TIME, time.toString());
        headers.put(CloudEventsConventions.HEADER_CONTENT_TYPE, CloudEventsConventions.CONTENT_TYPE);
        return headers;
    }

    /** A raw record with exactly these headers. */
    static void publishRaw(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, bytes(v)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + topic, e);
        }
    }

    /** The dead-letter reason code of every diary-service.dlq record whose key is one of {@code keys}, by key. */
    static Map<String, String> deadLetterReasons(java.util.Set<String> keys, int expected, Duration timeout) {
        Properties props = new Properties();
        props.put("bootstrap.servers", LocalKafka.shared().bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        Map<String, String> reasons = new java.util.HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(Topics.DIARY_DLQ).forEach(p -> partitions.add(
                        new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (reasons.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(r.key())) {
                        reasons.put(r.key(), header(r, "dead-letter-reason-code"));
                    }
                }
            }
            return reasons;
        }
    }

    /** Every diary.events record keyed by this patient, read from the beginning until {@code until} holds. */
    static List<Event> diaryEvents(UUID patientId, Predicate<List<Event>> until, Duration timeout) {
        return events(Topics.DIARY, patientId, until, timeout);
    }

    /** Every record of {@code topic} keyed by this patient, read from the beginning until {@code until} holds. */
    static List<Event> events(String topic, UUID patientId, Predicate<List<Event>> until, Duration timeout) {
        Properties props = new Properties();
        props.put("bootstrap.servers", LocalKafka.shared().bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
            List<TopicPartition> partitions = new ArrayList<>();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (partitions.isEmpty() && System.nanoTime() < deadline) {
                consumer.partitionsFor(topic).forEach(p -> partitions.add(
                        new TopicPartition(p.topic(), p.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<Event> events = new ArrayList<>();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (patientId.toString().equals(r.key())) {
                        events.add(new Event(header(r, CloudEventsConventions.HEADER_ID),
                                header(r, CloudEventsConventions.HEADER_TYPE), r.key(), r.value()));
                    }
                }
                if (until.test(events)) {
                    return events;
                }
            }
            return events;
        }
    }

    static List<Event> ofType(List<Event> events, String type) {
        return events.stream().filter(e -> e.type().equals(type)).toList();
    }

    /** Waits for {@code count} events of the type, then a little longer so duplicates would show. */
    /** The patient's CHECKPOINT progress.updated events, in order, once at least {@code count} arrived. */
    static List<ProgressUpdatedV1> checkpoints(UUID patientId, int count) {
        return ofType(diaryEvents(patientId, events -> checkpointsIn(events).size() >= count, Duration.ofSeconds(20)),
                EventTypes.PROGRESS_UPDATED).stream().map(e -> e.as(ProgressUpdatedV1.class))
                .filter(p -> p.windowKind() == WindowKind.CHECKPOINT).toList();
    }

    private static List<ProgressUpdatedV1> checkpointsIn(List<Event> events) {
        return ofType(events, EventTypes.PROGRESS_UPDATED).stream().map(e -> e.as(ProgressUpdatedV1.class))
                .filter(p -> p.windowKind() == WindowKind.CHECKPOINT).toList();
    }

    static List<Event> awaitExactly(UUID patientId, String type, int count) {
        List<Event> events = diaryEvents(patientId, e -> ofType(e, type).size() >= count, Duration.ofSeconds(20));
        List<Event> settled = diaryEvents(patientId, e -> false, Duration.ofMillis(1500));
        return ofType(settled.size() >= events.size() ? settled : events, type);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private static synchronized KafkaProducer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(Map.of("bootstrap.servers", LocalKafka.shared().bootstrapServers(),
                    "key.serializer", StringSerializer.class.getName(),
                    "value.serializer", StringSerializer.class.getName(), "acks", "all"));
        }
        return producer;
    }
}
