package care.unknot.plan.it;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventJson;
import care.unknot.events.Sources;
import care.unknot.events.Topics;
import care.unknot.local.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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

/**
 * Publishes CloudEvents the way intake- and diary-service do (binary mode, key and ce_subject = patient id) with a
 * plain producer on the real broker, and reads what plan-service published and dead-lettered.
 */
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

    /** Sends one binary-mode CloudEvent with the given id (send one id twice to model a redelivery). */
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
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CloudEventsConventions.HEADER_SPEC_VERSION, CloudEventsConventions.SPEC_VERSION);
        headers.put(CloudEventsConventions.HEADER_ID, eventId);
        headers.put(CloudEventsConventions.HEADER_TYPE, type);
        headers.put(CloudEventsConventions.HEADER_SOURCE, topic.equals(Topics.DIARY) ? Sources.DIARY : Sources.INTAKE);
        headers.put(CloudEventsConventions.HEADER_SUBJECT, patientId.toString());
        headers.put(CloudEventsConventions.HEADER_TIME, time.toString());
        headers.put(CloudEventsConventions.HEADER_CONTENT_TYPE, CloudEventsConventions.CONTENT_TYPE);
        return headers;
    }

    /** A raw record with exactly these headers. */
    static void publishRaw(String topic, String key, Map<String, String> headers, String value) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, value);
        headers.forEach((name, v) -> record.headers().add(name, v.getBytes(StandardCharsets.UTF_8)));
        try {
            producer().send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish to " + topic, e);
        }
    }

    /** The dead-letter reason code of every plan-service.dlq record whose key is one of {@code keys}, by key. */
    static Map<String, String> deadLetterReasons(Set<String> keys, Duration timeout) {
        Map<String, String> reasons = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = assignFromStart(consumer, Topics.PLAN_DLQ, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (reasons.size() < keys.size() && System.nanoTime() < deadline && !partitions.isEmpty()) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(200))) {
                    if (keys.contains(r.key())) {
                        reasons.put(r.key(), header(r, "dead-letter-reason-code"));
                    }
                }
            }
            return reasons;
        }
    }

    /** Every plan.events record keyed by this patient, read from the beginning until {@code until} holds. */
    static List<Event> planEvents(UUID patientId, Predicate<List<Event>> until, Duration timeout) {
        try (KafkaConsumer<String, String> consumer = consumer()) {
            assignFromStart(consumer, Topics.PLAN, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
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

    /** Waits until {@code count} events of the type arrived. */
    static List<Event> await(UUID patientId, String type, int count) {
        return ofType(planEvents(patientId, e -> ofType(e, type).size() >= count, Duration.ofSeconds(30)), type);
    }

    private static List<TopicPartition> assignFromStart(KafkaConsumer<String, String> consumer, String topic,
            Duration timeout) {
        List<TopicPartition> partitions = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (partitions.isEmpty() && System.nanoTime() < deadline) {
            consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        return partitions;
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", LocalKafka.shared().bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        return new KafkaConsumer<>(props);
    }

    static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
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
