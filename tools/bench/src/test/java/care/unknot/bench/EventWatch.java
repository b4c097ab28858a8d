package care.unknot.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The harness's Kafka consumer: it reads {@code diary.events} and {@code intake.events} from their end while the
 * scenarios run and notes when each record arrived. Each successful write registers the event it must cause
 * ({@link #expect}); {@link #match} pairs them, per key in order, into event hops (record arrival minus the write's
 * response) and counts the writes whose event never came (lost).
 */
final class EventWatch implements AutoCloseable {

    static final String ENTRY_RECORDED = "diary.entry-recorded";
    static final String PROGRESS_UPDATED = "progress.updated";
    static final String INTAKE_SCREENED = "intake.screened";
    private static final Pattern ENTRY_DATE = Pattern.compile("\"entryDate\"\\s*:\\s*\"([0-9-]+)\"");
    private static final Pattern CURRENT = Pattern.compile("\"windowKind\"\\s*:\\s*\"CURRENT\"");

    record Write(String scenario, String key, long respondedAtMs) {
    }

    /** Per scenario and event type: writes expected, events that arrived for them, and the hops. */
    record Hops(String scenario, String type, int expected, List<Long> hopsMs) {
        int lost() {
            return expected - hopsMs.size();
        }
    }

    private final KafkaConsumer<String, String> consumer;
    private final Map<String, Queue<Long>> arrivals = new ConcurrentHashMap<>();
    private final Queue<Write> writes = new ConcurrentLinkedQueue<>();
    private final Thread poller;
    private volatile boolean running = true;
    private volatile Throwable failure;

    EventWatch(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "unknot-bench-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        consumer = new KafkaConsumer<>(props);
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of("diary.events", "intake.events")) {
            consumer.partitionsFor(topic, Duration.ofSeconds(30))
                    .forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position); // resolve the end now: records from here on are the scenarios'
        poller = new Thread(this::poll, "bench-event-watch");
        poller.setDaemon(true);
        poller.start();
    }

    static String entryKey(String patientId, String date) {
        return ENTRY_RECORDED + "|" + patientId + "|" + date;
    }

    static String progressKey(String patientId) {
        return PROGRESS_UPDATED + "|" + patientId;
    }

    static String screenedKey(String patientId) {
        return INTAKE_SCREENED + "|" + patientId;
    }

    void expect(String scenario, String key, long respondedAtMs) {
        writes.add(new Write(scenario, key, respondedAtMs));
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    long now = System.currentTimeMillis();
                    String key = keyOf(record);
                    if (key != null) {
                        arrivals.computeIfAbsent(key, k -> new ConcurrentLinkedQueue<>()).add(now);
                    }
                }
            }
        } catch (RuntimeException e) {
            if (running) {
                failure = e;
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private static String keyOf(ConsumerRecord<String, String> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || record.key() == null || record.value() == null) {
            return null;
        }
        switch (new String(type.value())) {
            case ENTRY_RECORDED: {
                Matcher date = ENTRY_DATE.matcher(record.value());
                return date.find() ? entryKey(record.key(), date.group(1)) : null;
            }
            case PROGRESS_UPDATED:
                return CURRENT.matcher(record.value()).find() ? progressKey(record.key()) : null;
            case INTAKE_SCREENED:
                return screenedKey(record.key());
            default:
                return null;
        }
    }

    /** Waits up to {@code grace} for every expected event to arrive. */
    void awaitAll(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && missing() > 0) {
            Thread.sleep(200);
        }
    }

    private int missing() {
        Map<String, Integer> expected = new ConcurrentHashMap<>();
        writes.forEach(w -> expected.merge(w.key(), 1, Integer::sum));
        int missing = 0;
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            Queue<Long> got = arrivals.get(e.getKey());
            missing += Math.max(0, e.getValue() - (got == null ? 0 : got.size()));
        }
        return missing;
    }

    /** Pairs each key's writes (by response time) with its events (by arrival), in order. */
    List<Hops> match() {
        if (failure != null) {
            throw new IllegalStateException("the harness's Kafka consumer failed: " + failure, failure);
        }
        return match(writes, arrivals);
    }

    static List<Hops> match(Collection<Write> writes, Map<String, ? extends Collection<Long>> arrivals) {
        Map<String, List<Write>> byKey = new HashMap<>();
        writes.forEach(w -> byKey.computeIfAbsent(w.key(), k -> new ArrayList<>()).add(w));
        Map<String, Integer> expected = new LinkedHashMap<>();
        Map<String, List<Long>> hops = new LinkedHashMap<>();
        byKey.forEach((key, list) -> {
            list.sort(Comparator.comparingLong(Write::respondedAtMs));
            List<Long> got = new ArrayList<>(arrivals.containsKey(key) ? arrivals.get(key) : List.of());
            got.sort(null);
            String type = key.substring(0, key.indexOf('|'));
            for (int i = 0; i < list.size(); i++) {
                String group = list.get(i).scenario() + "|" + type;
                expected.merge(group, 1, Integer::sum);
                List<Long> groupHops = hops.computeIfAbsent(group, g -> new ArrayList<>());
                if (i < got.size()) {
                    groupHops.add(Math.max(0, got.get(i) - list.get(i).respondedAtMs()));
                }
            }
        });
        List<Hops> result = new ArrayList<>();
        expected.forEach((group, count) -> result.add(new Hops(group.substring(0, group.indexOf('|')),
                group.substring(group.indexOf('|') + 1), count, hops.get(group))));
        return result;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        poller.join(5_000);
    }
}
