package care.unknot.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Creates the harness's own patients through the services' APIs, before any scenario: a therapist registers each
 * (intake-service), submits its intake, and imports its diary history (diary-service's import API, at most 1,000
 * days a request: within its 1,500 rows and 3 years); tokens come from the running stack's mint. Then waits until
 * diary-service's outbox has relayed the imports' events, so no scenario measures the set-up's backlog.
 */
final class Setup {

    record Patient(String id, String token) {
    }

    /** The last day of imported history: the 8 editable days after it stay empty for the diary PUT scenarios. */
    static final int FIRST_EDITABLE_OFFSET = 7;
    private static final int IMPORT_CHUNK_DAYS = 1000;
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern PENDING = Pattern.compile("(?m)^unknot_outbox_pending_documents(?:\\{[^}]*})? ([0-9.eE+]+)");

    private final BenchConfig config;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final String therapistToken;

    Setup(BenchConfig config) {
        this.config = config;
        this.therapistToken = mint("role=therapist&subject=bench-therapist");
    }

    LocalDate today() {
        return Instant.ofEpochMilli(config.stackNowMs()).atZone(ZoneOffset.UTC).toLocalDate();
    }

    Map<Scenario.Pool, List<Patient>> createPools(List<Scenario> scenarios) throws Exception {
        Map<Scenario.Pool, List<Patient>> pools = new EnumMap<>(Scenario.Pool.class);
        for (Scenario scenario : scenarios) {
            Scenario.Pool pool = scenario.pool();
            if (pool == Scenario.Pool.NONE || pools.containsKey(pool)) {
                continue;
            }
            int size = pool == Scenario.Pool.DAYS_30 ? config.patients() : config.longPatients();
            long begin = System.nanoTime();
            pools.put(pool, create(pool, Math.max(size, config.users())));
            System.out.printf("bench: %d patients with %d days of history in %.1f s%n", pools.get(pool).size(),
                    pool.historyDays, (System.nanoTime() - begin) / 1e9);
        }
        awaitDiaryOutboxDrained(Duration.ofMinutes(15));
        return pools;
    }

    private List<Patient> create(Scenario.Pool pool, int count) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Future<Patient>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(workers.submit(() -> createPatient(pool.historyDays)));
            }
            List<Patient> patients = new ArrayList<>();
            for (Future<Patient> future : futures) {
                patients.add(future.get());
            }
            return Collections.unmodifiableList(patients);
        } finally {
            workers.shutdownNow();
        }
    }

    private Patient createPatient(int historyDays) throws IOException, InterruptedException {
        String id = register("UTC");
        submitIntake(id);
        LocalDate last = today().minusDays(FIRST_EDITABLE_OFFSET + 1L);
        LocalDate first = last.minusDays(historyDays - 1L);
        for (LocalDate[] chunk : importChunks(first, last)) {
            send("POST", config.diaryUrl() + "/api/v1/patients/" + id + "/diary-imports",
                    Bodies.importRows(chunk[0], chunk[1]), 200, 201);
        }
        return new Patient(id, mint("role=patient&subject=" + id));
    }

    /** {@code first} .. {@code last} in requests of at most 1,000 days (inclusive ranges, oldest first). */
    static List<LocalDate[]> importChunks(LocalDate first, LocalDate last) {
        List<LocalDate[]> chunks = new ArrayList<>();
        for (LocalDate from = first; !from.isAfter(last); from = from.plusDays(IMPORT_CHUNK_DAYS)) {
            LocalDate to = from.plusDays(IMPORT_CHUNK_DAYS - 1L);
            chunks.add(new LocalDate[] {from, to.isAfter(last) ? last : to});
        }
        return chunks;
    }

    String register(String timeZone) throws IOException, InterruptedException {
        String body = send("POST", config.intakeUrl() + "/api/v1/patients", Bodies.patient(timeZone), 201);
        Matcher id = ID.matcher(body);
        if (!id.find()) {
            throw new IllegalStateException("intake-service answered a registration without an id");
        }
        return id.group(1);
    }

    void submitIntake(String patientId) throws IOException, InterruptedException {
        send("POST", config.intakeUrl() + "/api/v1/patients/" + patientId + "/intakes", Bodies.INTAKE_ANSWERS, 201);
    }

    private String send(String method, String url, String body, int... expected) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + therapistToken).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = sendWithRetry(request);
        for (int status : expected) {
            if (response.statusCode() == status) {
                return response.body();
            }
        }
        throw new IllegalStateException(method + " " + url.replaceAll("[0-9a-f-]{36}", "{id}") + " answered "
                + response.statusCode() + ": " + response.body().substring(0, Math.min(400, response.body().length())));
    }

    /**
     * A connection failure is tried again (twice, after a second): replaying is harmless here, an import skips the
     * dates it already wrote and a second registration only adds a patient the harness does not use.
     */
    private HttpResponse<String> sendWithRetry(HttpRequest request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (attempt == 3) {
                    throw e;
                }
                Thread.sleep(1000);
            }
        }
    }

    /** A token from the running stack's mint ({@code ./unknot token ... --count}'s server). */
    String mint(String query) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(config.mintUrl() + "?" + query)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token mint answered " + response.statusCode() + ": " + response.body());
            }
            return response.body().strip();
        } catch (IOException e) {
            throw new IllegalStateException("the token mint at " + config.mintUrl() + " is unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until diary-service's {@code unknot_outbox_pending_documents} is 0 (its relay caught up). */
    void awaitDiaryOutboxDrained(Duration limit) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long begin = System.nanoTime();
        long lastSaid = 0;
        while (true) {
            String metrics = http.send(HttpRequest.newBuilder(URI.create(config.diaryUrl() + "/q/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher pending = PENDING.matcher(metrics);
            double documents = pending.find() ? Double.parseDouble(pending.group(1)) : 0;
            if (documents == 0) {
                System.out.printf("bench: diary-service's outbox is drained (waited %.1f s)%n", (System.nanoTime() - begin) / 1e9);
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("diary-service's outbox still holds " + documents
                        + " patients' events after " + limit.toMinutes() + " min");
            }
            if (System.nanoTime() - lastSaid > 10_000_000_000L) {
                System.out.printf("bench: waiting for diary-service's outbox: %.0f patients with unsent events%n", documents);
                lastSaid = System.nanoTime();
            }
            Thread.sleep(500);
        }
    }
}
