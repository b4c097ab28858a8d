package care.unknot.kit.consume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import care.unknot.kit.TopicReader;
import care.unknot.kit.testapp.CountingConsumer;
import care.unknot.kit.testapp.EffectLedger;
import care.unknot.kit.testapp.NoteService;
import care.unknot.local.LocalKafka;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** The kit's consumer entry point on the real broker: bad headers never stop it, transient failures wait in place. */
@QuarkusTest
class EventConsumerTest {

    @Inject
    NoteService notes;
    @Inject
    EffectLedger ledger;
    @Inject
    CountingConsumer consumer;
    @Inject
    MeterRegistry registry;

    @Test
    void aRecordWithAnUnparseableCeTimeIsDeadLetteredAndTheChannelGoesOn() throws Exception {
        String key = "bad-time-" + UUID.randomUUID();
        String id = UUID.randomUUID().toString();
        double before = deadLetters("malformed-header");
        try (TopicReader dlq = new TopicReader("kit-test.dlq");
                KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                        LocalKafka.shared().bootstrapServers(), "key.serializer", StringSerializer.class.getName(),
                        "value.serializer", StringSerializer.class.getName()))) {
            ProducerRecord<String, String> bad = new ProducerRecord<>("kit.events", key, "{\"n\":1}");
            header(bad, "ce_specversion", "1.0");
            header(bad, "ce_id", id);
            header(bad, "ce_type", CountingConsumer.COUNTED);
            header(bad, "ce_source", "/kit-test");
            header(bad, "ce_subject", key);
            header(bad, "ce_time", "1-01-22T04:06:32Z"); // seen in production: stopped the channel for good
            producer.send(bad).get();
            notes.appendAll(key, List.of(CountingConsumer.COUNTED), List.of(Map.of("n", 2)));

            await().atMost(Duration.ofSeconds(20)).until(() -> ledger.applied(key) == 1);
            List<ConsumerRecord<String, String>> dead = dlq.readUntil(r -> key.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            assertThat(dead).hasSize(1);
            assertThat(TopicReader.header(dead.get(0), "ce_id")).isEqualTo(id);
            assertThat(TopicReader.header(dead.get(0), "ce_time")).isEqualTo("1-01-22T04:06:32Z");
            assertThat(TopicReader.header(dead.get(0), PoisonEvent.REASON_HEADER)).isEqualTo("malformed-header");
            assertThat(TopicReader.header(dead.get(0), "dead-letter-reason")).isEqualTo("header ce_time is not an"
                    + " RFC 3339 timestamp");
            assertThat(dead.get(0).value()).isEqualTo("{\"n\":1}");
            assertThat(deadLetters("malformed-header")).isEqualTo(before + 1);
        }
    }

    @Test
    void aTransientFailureIsRetriedInPlaceAndTheKeysNextEventWaitsBehindIt() {
        String key = "flaky-" + UUID.randomUUID();
        AtomicInteger failuresLeft = consumer.failFirst(key, 3);
        try (TopicReader dlq = new TopicReader("kit-test.dlq")) {
            List<UUID> ids = notes.appendAll(key, List.of(CountingConsumer.FLAKY, CountingConsumer.COUNTED),
                    List.of(Map.of("n", 1), Map.of("n", 2)));
            await().atMost(Duration.ofSeconds(30)).until(() -> ledger.applied(key) == 2);
            assertThat(consumer.applied()).containsSubsequence(ids.get(0).toString(), ids.get(1).toString());
            assertThat(failuresLeft.get()).isNegative(); // three failures, then the success
            assertThat(dlq.readUntil(r -> key.equals(r.key()), seen -> !seen.isEmpty(), Duration.ofSeconds(2)))
                    .isEmpty();
            assertThat(registry.counter("unknot.consumer.retries", "channel", "kit-in", "failure",
                    "TransientFailure").count()).isGreaterThanOrEqualTo(3);
        }
    }

    private double deadLetters(String reason) {
        return registry.counter("unknot.consumer.dead.letters", "channel", "kit-in", "reason", reason).count();
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
