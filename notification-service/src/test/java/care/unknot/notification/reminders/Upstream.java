package care.unknot.notification.reminders;

import static org.awaitility.Awaitility.await;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventJson;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.ReminderPreferences;
import care.unknot.local.LocalKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes what intake-, plan- and diary-service would, as binary-mode CloudEvents on the real broker. */
final class Upstream {

    static final String INTAKE_CONSUMER = "notification-reminders-intake";
    static final String PLAN_CONSUMER = "notification-reminders-plan";
    static final String DIARY_CONSUMER = "notification-reminders-diary";

    private static KafkaProducer<String, String> producer;

    private final ReminderProbe probe;

    Upstream(ReminderProbe probe) {
        this.probe = probe;
    }

    void registered(UUID patientId, String zone, String locale, LocalTime diaryTime, LocalTime homeTime) {
        send(Topics.INTAKE, EventTypes.PATIENT_REGISTERED, patientId, new PatientRegisteredV1(patientId,
                ZoneId.of(zone), locale, new ReminderPreferences(diaryTime, homeTime), List.of(), null,
                Instant.now()));
    }

    /** Publishes with a fresh event id and waits until the reminders consumer of that topic recorded it. */
    String send(String topic, String type, UUID patientId, Object payload) {
        String id = UUID.randomUUID().toString();
        sendWithId(topic, id, type, patientId, payload, Instant.now());
        awaitProcessed(topic, id);
        return id;
    }

    void awaitProcessed(String topic, String id) {
        String consumer = switch (topic) {
            case Topics.INTAKE -> INTAKE_CONSUMER;
            case Topics.PLAN -> PLAN_CONSUMER;
            default -> DIARY_CONSUMER;
        };
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> probe.processed(consumer, id));
    }

    static void sendWithId(String topic, String id, String type, UUID patientId, Object payload, Instant time) {
        try {
            sendRaw(topic, id, type, patientId, EventJson.mapper().writeValueAsString(payload), time);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("could not write " + type, e);
        }
    }

    /** A record with proper CloudEvents headers and whatever value is given (malformed ones included). */
    static void sendRaw(String topic, String id, String type, UUID patientId, String json, Instant time) {
        try {
            ProducerRecord<String, String> record = new ProducerRecord<>(topic, patientId.toString(), json);
            Map.of(CloudEventsConventions.HEADER_SPEC_VERSION, CloudEventsConventions.SPEC_VERSION,
                    CloudEventsConventions.HEADER_ID, id,
                    CloudEventsConventions.HEADER_TYPE, type,
                    CloudEventsConventions.HEADER_SOURCE, "/" + topic.replace(".events", "-service"),
                    CloudEventsConventions.HEADER_SUBJECT, patientId.toString(),
                    CloudEventsConventions.HEADER_TIME, time.toString(),
                    CloudEventsConventions.HEADER_CONTENT_TYPE, CloudEventsConventions.CONTENT_TYPE)
                    .forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
            producer().send(record).get();
        } catch (Exception e) {
            throw new AssertionError("could not publish " + type, e);
        }
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
