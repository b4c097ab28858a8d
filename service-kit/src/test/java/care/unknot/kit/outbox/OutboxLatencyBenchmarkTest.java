package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import care.unknot.kit.TopicReader;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Publish latency after commit, measured from the moment the writing transaction returned to the moment a plain
 * KafkaConsumer on the real broker received the record (so it includes the consumer's fetch). Run with
 * {@code ./mvnw -o -B -pl service-kit verify -DexcludedTestGroups=none -Dgroups=benchmark}.
 */
@QuarkusTest
@Tag("benchmark")
class OutboxLatencyBenchmarkTest {

    private static final int EVENTS = 1000;

    @Inject
    NoteService notes;

    @Test
    void publishLatencyAfterCommit() throws Exception {
        String prefix = "latency-" + UUID.randomUUID() + "-";
        Map<String, Long> committed = new ConcurrentHashMap<>();
        Map<String, Long> received = new ConcurrentHashMap<>();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> {
            try (TopicReader topic = new TopicReader("kit.events")) {
                while (reading.get() && received.size() < EVENTS) {
                    for (ConsumerRecord<String, String> record : topic.poll(Duration.ofMillis(20))) {
                        if (record.key().startsWith(prefix)) {
                            received.putIfAbsent(TopicReader.header(record, "ce_id"), System.nanoTime());
                        }
                    }
                }
            }
        });
        reader.start();
        Thread.sleep(2000); // the reader joins its group before the first event
        for (int i = 0; i < EVENTS; i++) {
            UUID id = notes.appendAll(prefix + (i % 20), List.of("note.timed"), List.of(Map.of("n", i))).get(0);
            committed.put(id.toString(), System.nanoTime());
            Thread.sleep(3);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (received.size() < EVENTS && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        reading.set(false);
        reader.join(5000);
        assertThat(received).hasSize(EVENTS);
        List<Double> millis = new ArrayList<>();
        committed.forEach((id, at) -> millis.add(Math.max(0, received.get(id) - at) / 1_000_000.0));
        millis.sort(Double::compare);
        System.out.printf("[outbox latency] %d events, commit -> consumer receipt: p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms%n", EVENTS, percentile(millis, 50), percentile(millis, 95),
                percentile(millis, 99), millis.get(millis.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
