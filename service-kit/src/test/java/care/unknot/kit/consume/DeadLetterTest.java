package care.unknot.kit.consume;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import care.unknot.kit.TopicReader;
import care.unknot.kit.testapp.CountingConsumer;
import care.unknot.kit.testapp.EffectLedger;
import care.unknot.kit.testapp.NoteService;
import care.unknot.local.LocalKafka;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class DeadLetterTest {

    @Inject
    NoteService notes;
    @Inject
    EffectLedger ledger;

    @Test
    void poisonGoesToTheDeadLetterTopicAndUnknownTypesAreSkippedThenReplayCopiesItBack() {
        String key = "poison-" + UUID.randomUUID();
        String replayTopic = "kit.replayed-" + UUID.randomUUID();
        try (TopicReader dlq = new TopicReader("kit-test.dlq"); TopicReader replayed = new TopicReader(replayTopic)) {
            List<UUID> ids = notes.appendAll(key, List.of("note.unheard-of", CountingConsumer.POISON,
                    CountingConsumer.COUNTED), List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", 3)));
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(r -> key.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            assertThat(dead).extracting(r -> TopicReader.header(r, "ce_id")).containsExactly(ids.get(1).toString());
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).isNotBlank();

            // the event after the poison was still applied: the consumer went on
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> ledger.applied(key) == 1);

            DeadLetterReplay.replay(LocalKafka.shared().bootstrapServers(), "kit-test.dlq", "kit.events", replayTopic,
                    Duration.ofSeconds(2));
            List<ConsumerRecord<String, String>> copies = replayed.readUntil(r -> key.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            assertThat(copies).hasSize(1);
            ConsumerRecord<String, String> copy = copies.get(0);
            assertThat(TopicReader.header(copy, "ce_id")).isEqualTo(ids.get(1).toString());
            assertThat(TopicReader.header(copy, "ce_type")).isEqualTo(CountingConsumer.POISON);
            assertThat(copy.headers().toArray()).noneMatch(h -> h.key().startsWith("dead-letter-"));
            assertThat(copy.value()).isEqualTo(dead.get(0).value());
        }
    }

    @Test
    void replayCopiesOnlyTheDeadLettersOfItsTopicAndLeavesTheOthersForTheirOwnReplay() throws Exception {
        String suffix = UUID.randomUUID().toString();
        String dlqTopic = "svc-" + suffix + ".dlq";
        String intake = "intake-" + suffix;
        String plan = "plan-" + suffix;
        for (String origin : List.of(intake, plan)) {
            sendDeadLetter(dlqTopic, origin, origin, origin + "-event");
        }
        try (TopicReader intakeTopic = new TopicReader(intake); TopicReader planTopic = new TopicReader(plan)) {
            assertThat(DeadLetterReplay.replay(LocalKafka.shared().bootstrapServers(), dlqTopic, intake,
                    Duration.ofSeconds(4))).isEqualTo(1);
            assertThat(DeadLetterReplay.replay(LocalKafka.shared().bootstrapServers(), dlqTopic, plan,
                    Duration.ofSeconds(4))).isEqualTo(1);
            assertThat(intakeTopic.readUntil(r -> true, seen -> seen.size() >= 1, Duration.ofSeconds(20)))
                    .extracting(ConsumerRecord::value).containsExactly(intake + "-event");
            assertThat(planTopic.readUntil(r -> true, seen -> seen.size() >= 1, Duration.ofSeconds(20)))
                    .extracting(ConsumerRecord::value).containsExactly(plan + "-event");
            assertThat(intakeTopic.poll(Duration.ofSeconds(1))).isEmpty();
        }
    }

    @Test
    void aCopyTheBrokerRefusesIsNotCommittedAsReplayedSoTheNextRunCopiesItAgain() throws Exception {
        String suffix = UUID.randomUUID().toString();
        String dlqTopic = "svc-" + suffix + ".dlq";
        String origin = "origin-" + suffix;
        String tooSmall = "small-" + suffix;
        String bootstrap = LocalKafka.shared().bootstrapServers();
        try (var admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(tooSmall, 1, (short) 1)
                    .configs(Map.of("max.message.bytes", "200")))).all().get();
        }
        String value = "{\"text\":\"" + "x".repeat(1000) + "\"}";
        sendDeadLetter(dlqTopic, origin, "big-one", value);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeadLetterReplay.replay(bootstrap, dlqTopic, origin,
                tooSmall, Duration.ofSeconds(4))).isInstanceOf(IllegalStateException.class);

        try (TopicReader target = new TopicReader(origin)) {
            assertThat(DeadLetterReplay.replay(bootstrap, dlqTopic, origin, Duration.ofSeconds(4))).isEqualTo(1);
            assertThat(target.readUntil(r -> true, seen -> !seen.isEmpty(), Duration.ofSeconds(20)))
                    .extracting(ConsumerRecord::value).containsExactly(value);
        }
    }

    /** A dead letter as SmallRye writes it: key, value, ce_id and the origin topic header. */
    private static void sendDeadLetter(String dlqTopic, String originTopic, String ceId, String value)
            throws Exception {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", LocalKafka.shared().bootstrapServers());
        props.put("key.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        props.put("value.serializer", org.apache.kafka.common.serialization.StringSerializer.class.getName());
        try (var producer = new org.apache.kafka.clients.producer.KafkaProducer<String, String>(props)) {
            var record = new org.apache.kafka.clients.producer.ProducerRecord<>(dlqTopic, "k", value);
            record.headers().add("ce_id", ceId.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            record.headers().add("dead-letter-topic", originTopic.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
