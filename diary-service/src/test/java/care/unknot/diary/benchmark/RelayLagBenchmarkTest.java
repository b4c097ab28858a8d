package care.unknot.diary.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.Episode;
import care.unknot.diary.service.EntryService;
import care.unknot.events.EventJson;
import care.unknot.events.Topics;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.kit.time.MutableClock;
import care.unknot.local.LocalKafka;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: prints the relay lag of a burst of diary writes (write started -> diary.entry-recorded
 * received by a plain KafkaConsumer) and the write rate reached, with the real service (EntryService, projection,
 * relay) on mongo-java-server and the in-JVM broker. Run with
 * {@code ./mvnw -B -pl diary-service -am verify -DexcludedTestGroups=none -Dgroups=benchmark -Dtest=RelayLagBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 * With {@code -Dbenchmark.jfr=/tmp/writes.jfr} it records a JFR profile ("profile" settings) of the burst there.
 */
@QuarkusTest
@Tag("benchmark")
class RelayLagBenchmarkTest {

    private static final int PATIENTS = 500;
    private static final int DAYS = 4;
    private static final int WRITERS = 4;
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Inject
    EntryService entries;

    @Inject
    MutableClock clock;

    @Test
    void relayLagOfABurstOfDiaryWrites() throws Exception {
        clock.set(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
        List<UUID> patients = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            patients.add(UUID.randomUUID());
        }
        Set<String> ours = ConcurrentHashMap.newKeySet();
        patients.forEach(p -> ours.add(p.toString()));
        Map<String, Long> writtenAt = new ConcurrentHashMap<>();
        Map<String, Long> receivedAt = new ConcurrentHashMap<>();
        List<Long> writeMillis = java.util.Collections.synchronizedList(new ArrayList<>());
        Recording recording = startRecording();

        try (KafkaConsumer<String, String> consumer = consumer()) {
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                done.add(writers.submit(() -> {
                    for (int day = DAYS - 1; day >= 0; day--) {
                        for (int i = writer; i < PATIENTS; i += WRITERS) {
                            UUID patient = patients.get(i);
                            LocalDate date = TODAY.minusDays(day);
                            long start = System.currentTimeMillis();
                            writtenAt.put(patient + "|" + date, start);
                            entries.put(patient, entry(date, i + day), null);
                            writeMillis.add(System.currentTimeMillis() - start);
                        }
                    }
                }));
            }
            int expected = PATIENTS * DAYS;
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (receivedAt.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(50))) {
                    if (ours.contains(r.key()) && "diary.entry-recorded".equals(header(r, "ce_type"))) {
                        DiaryEntryRecordedV1 event = EventJson.mapper().readValue(r.value(), DiaryEntryRecordedV1.class);
                        receivedAt.putIfAbsent(r.key() + "|" + event.entryDate(), System.currentTimeMillis());
                    }
                }
            }
            double writeSeconds = 0;
            for (Future<?> f : done) {
                f.get();
            }
            writers.shutdown();
            writeSeconds = writeSecondsOf(started);
            stopRecording(recording);
            long[] writes = writeMillis.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("diary write (EntryService.put, %d writer threads): p50 %d ms, p95 %d ms, p99 %d ms, "
                            + "load average %.1f%n", WRITERS, pct(writes, 50), pct(writes, 95), pct(writes, 99),
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            long[] lags = receivedAt.entrySet().stream().mapToLong(e -> e.getValue() - writtenAt.get(e.getKey()))
                    .sorted().toArray();
            System.out.printf("relay lag of %d diary writes (%d writer threads, %.0f writes/s incl. draining): "
                            + "p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n", expected, WRITERS,
                    expected / writeSeconds, pct(lags, 50), pct(lags, 95), pct(lags, 99), lags[lags.length - 1]);
            assertThat(receivedAt).hasSize(expected);
        }
    }

    private static Recording startRecording() throws Exception {
        String file = System.getProperty("benchmark.jfr");
        if (file == null || file.isBlank()) {
            return null;
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.setDestination(Path.of(file));
        recording.start();
        return recording;
    }

    private static void stopRecording(Recording recording) {
        if (recording != null) {
            recording.stop(); // writes the destination
            recording.close();
        }
    }

    private static double writeSecondsOf(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static long pct(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static DiaryEntry entry(LocalDate date, int n) {
        return new DiaryEntry(date, true, List.of(new Episode(LocalTime.NOON, 30 + n % 60, 3 + n % 7, Set.of(),
                List.of())), List.of(), null, null, null, List.of(), null, null, Set.of(), null);
    }

    private static KafkaConsumer<String, String> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", LocalKafka.shared().bootstrapServers());
        props.put("key.deserializer", StringDeserializer.class.getName());
        props.put("value.deserializer", StringDeserializer.class.getName());
        props.put("enable.auto.commit", "false");
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        while (partitions.isEmpty()) {
            consumer.partitionsFor(Topics.DIARY).forEach(p -> partitions.add(new TopicPartition(p.topic(),
                    p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        return consumer;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
