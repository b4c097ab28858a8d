package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.local.LocalJwt;
import care.unknot.local.LocalKafka;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Load driver for intake POST: {@code bench.users} (16) users, each submitting valid intakes for its own
 * patients (distinct patients, one patient's token each) with the JDK HttpClient against the real PostgreSQL and
 * Kafka, a warm-up then a measured run, after a run of {@code GET /q/health/live} by the same users (the ceiling
 * of this JVM on this machine at that moment). Prints throughput, latency percentiles, errors, database statements per
 * POST (pg_stat_statements) and the hop POST answered -> {@code intake.submitted} received from the broker.
 * Run it (JFR optional) with:
 * <pre>
 * ./mvnw -B -pl intake-service -am verify -Dtest=IntakeSubmitBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false \
 *   -DexcludedTestGroups=none -Dgroups=benchmark -Djacoco.skip=true \
 *   -DtestJvmOptions="$(sed -n 's/^JAVA_OPTS_APPEND=//p' deploy/k8s/base/jvm.env) -Xmx1g \
 *     -XX:StartFlightRecording=filename=/tmp/intake.jfr,settings=profile"
 * </pre>
 */
@QuarkusTest
@Tag("benchmark")
class IntakeSubmitBenchmarkTest {

    private static final int USERS = Integer.getInteger("bench.users", 16);
    private static final int PATIENTS = Integer.getInteger("bench.patients", 400);
    private static final Duration WARM_UP = Duration.ofSeconds(Long.getLong("bench.warmup", 20));
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("bench.seconds", 30));

    @TestHTTPResource("/")
    URI base;
    @Inject
    Statements statements;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> answeredAt = new ConcurrentHashMap<>();
    private final Map<String, Long> receivedAt = new ConcurrentHashMap<>();

    @Test
    void intakeSubmitUnderLoad() throws Exception {
        List<UUID> patients = registerPatients();
        String body = Api.answers().toString();
        AtomicBoolean reading = new AtomicBoolean(true);
        Thread reader = new Thread(() -> readSubmitted(reading), "bench-reader");
        reader.start();

        phase(patients, null, WARM_UP.dividedBy(4), false);
        Map<String, Long> cpu = cpuByThreadGroup();
        Result ceiling = phase(patients, null, RUN.dividedBy(3), true);
        Map<String, Long> ceilingCpu = cpuSince(cpu);
        phase(patients, body, WARM_UP, false);
        answeredAt.clear();
        statements.reset();
        cpu = cpuByThreadGroup();
        Result result = phase(patients, body, RUN, true);
        Map<String, Long> postCpu = cpuSince(cpu);
        Map<String, Long> calls = statements.callsByStatement();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!receivedAt.keySet().containsAll(answeredAt.keySet()) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        reading.set(false);
        reader.join(10_000);

        List<Double> hops = new ArrayList<>();
        answeredAt.forEach((id, at) -> {
            Long received = receivedAt.get(id);
            if (received != null) {
                hops.add(Math.max(0, received - at) / 1e6);
            }
        });
        hops.sort(Double::compare);
        long posts = result.latencies().size();
        System.out.printf("[intake POST] %d users, %d s: %d ok, %d errors, %.0f req/s, p50 %.1f ms, p95 %.1f ms, "
                + "p99 %.1f ms, max %.1f ms; load average %.2f%n", USERS, RUN.toSeconds(), posts, result.errors(),
                posts / (double) RUN.toSeconds(), pct(result.latencies(), 50), pct(result.latencies(), 95),
                pct(result.latencies(), 99), pct(result.latencies(), 100), load);
        System.out.printf("[intake hop] POST answered -> intake.submitted received: %d of %d, p50 %.1f ms, "
                + "p95 %.1f ms, p99 %.1f ms, max %.1f ms%n", hops.size(), answeredAt.size(), pct(hops, 50),
                pct(hops, 95), pct(hops, 99), pct(hops, 100));
        System.out.printf("[intake ceiling] GET /q/health/live, same users, same JVM, %d s: %.0f req/s, p50 %.1f ms, "
                + "p99 %.1f ms, %d errors%n", RUN.dividedBy(3).toSeconds(),
                ceiling.latencies().size() / (double) RUN.dividedBy(3).toSeconds(), pct(ceiling.latencies(), 50),
                pct(ceiling.latencies(), 99), ceiling.errors());
        System.out.printf("[intake cpu] CPU ms per request by thread group (ThreadMXBean, independent of the load): "
                + "POST %s; live %s%n", perRequest(postCpu, posts), perRequest(ceilingCpu, ceiling.latencies().size()));
        long total = calls.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("[intake statements] %d statements for %d POSTs (%.2f per POST, relay included):%n",
                total, posts + result.errors(), total / (double) Math.max(1, posts + result.errors()));
        calls.forEach((sql, n) -> System.out.printf("  %8d  %s%n", n, sql.length() > 160 ? sql.substring(0, 160) : sql));
        assertThat(result.errors()).isZero();
        assertThat(hops).hasSize(answeredAt.size());
    }

    private Result phase(List<UUID> patients, String body, Duration length, boolean record) throws Exception {
        long end = System.nanoTime() + length.toNanos();
        List<List<Double>> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(USERS);
        for (int u = 0; u < USERS; u++) {
            int user = u;
            List<Double> mine = new ArrayList<>();
            latencies.add(mine);
            new Thread(() -> {
                try {
                    for (int i = user; System.nanoTime() < end; i += USERS) {
                        UUID patient = patients.get(i % patients.size());
                        long started = System.nanoTime();
                        HttpResponse<String> response = http.send(body == null ? live() : request(patient, body),
                                HttpResponse.BodyHandlers.ofString());
                        long answered = System.nanoTime();
                        if (response.statusCode() != (body == null ? 200 : 201)) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (record && body == null) {
                            mine.add((answered - started) / 1e6);
                        } else if (record) {
                            mine.add((answered - started) / 1e6);
                            answeredAt.put(Api.JSON.readTree(response.body()).path("id").asText(), answered);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "bench-user-" + u).start();
        }
        done.await();
        List<Double> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        all.sort(Double::compare);
        return new Result(all, errors.get());
    }

    private final Map<UUID, String> tokens = new ConcurrentHashMap<>();

    private HttpRequest request(UUID patient, String body) {
        String token = tokens.computeIfAbsent(patient, p -> LocalJwt.shared().token("patient", p.toString()));
        return HttpRequest.newBuilder(base.resolve("/api/v1/patients/" + patient + "/intakes"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** CPU time so far of the threads that serve requests, relay events and talk to the broker, by group. */
    private static Map<String, Long> cpuByThreadGroup() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Map<String, Long> cpu = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            String name = info.getThreadName();
            String group = name.startsWith("executor-thread") ? "worker"
                    : name.startsWith("vert.x-eventloop") ? "event-loop"
                    : name.startsWith("outbox-relay") ? "relay"
                    : name.startsWith("kafka-producer-network-thread") ? "producer" : null;
            long time = threads.getThreadCpuTime(info.getThreadId());
            if (group != null && time > 0) {
                cpu.merge(group, time, Long::sum);
            }
        }
        return cpu;
    }

    private static Map<String, Long> cpuSince(Map<String, Long> before) {
        Map<String, Long> now = cpuByThreadGroup();
        now.replaceAll((group, time) -> time - before.getOrDefault(group, 0L));
        return now;
    }

    private static String perRequest(Map<String, Long> cpu, long requests) {
        StringBuilder text = new StringBuilder();
        long total = 0;
        for (Map.Entry<String, Long> group : cpu.entrySet()) {
            total += group.getValue();
            text.append(String.format("%s %.2f, ", group.getKey(), group.getValue() / 1e6 / Math.max(1, requests)));
        }
        return text.append(String.format("total %.2f", total / 1e6 / Math.max(1, requests))).toString();
    }

    /** The same service's trivial endpoint: the ceiling of HTTP, the JVM and the machine in this run. */
    private HttpRequest live() {
        return HttpRequest.newBuilder(base.resolve("/q/health/live")).GET().build();
    }

    private List<UUID> registerPatients() throws Exception {
        String token = LocalJwt.shared().token("therapist", "bench-therapist");
        String body = Api.JSON.writeValueAsString(Api.patientBody("Bench", "Patient"));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < PATIENTS; i++) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("/api/v1/patients"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(201);
            ids.add(UUID.fromString(Api.JSON.readTree(response.body()).path("id").asText()));
        }
        return ids;
    }

    private void readSubmitted(AtomicBoolean reading) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, LocalKafka.shared().bootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            consumer.subscribe(List.of(Topics.INTAKE));
            while (reading.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(20))) {
                    var type = record.headers().lastHeader("ce_type");
                    if (type != null && EventTypes.INTAKE_SUBMITTED.equals(new String(type.value()))) {
                        long now = System.nanoTime();
                        try {
                            JsonNode payload = Api.JSON.readTree(record.value());
                            receivedAt.putIfAbsent(payload.path("intakeId").asText(), now);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
            }
        }
    }

    private static double pct(List<Double> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        return sorted.get(Math.min(sorted.size() - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)));
    }

    private record Result(List<Double> latencies, long errors) {
    }
}
