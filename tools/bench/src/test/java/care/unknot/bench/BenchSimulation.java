package care.unknot.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * The harness's one simulation: the ceilings ({@code /q/health/live} of each service under test), then each
 * scenario named in {@code -Dbench.scenarios}, each as a warm-up phase and a measured phase of {@code bench.users}
 * closed-loop users (one connection each), one after the other; the soak last. See tools/bench/README.md.
 */
public class BenchSimulation extends Simulation {

    private static final int HOP_USERS = 4;
    private static final Duration HOP_LIMIT = Duration.ofSeconds(60);
    private static final List<String> HOP_ZONES = List.of("Pacific/Kiritimati", "Pacific/Pago_Pago", "Pacific/Auckland",
            "Pacific/Honolulu", "Asia/Tokyo", "America/Los_Angeles");
    private static final Pattern TODAY = Pattern.compile("\"today\"\\s*:\\s*\"([0-9-]+)\"");

    private final BenchConfig config = BenchConfig.fromSystemProperties();
    private final List<Scenario> scenarios = scenarios(config.scenarios());
    private final Recorder recorder = new Recorder();
    private final Map<String, AtomicInteger> writesPerDay = new ConcurrentHashMap<>();
    private final AtomicInteger variant = new AtomicInteger();
    private final Map<String, AtomicInteger> slots = new ConcurrentHashMap<>();
    private volatile Map<Scenario.Pool, List<Setup.Patient>> pools;
    private volatile Setup setup;
    private volatile EventWatch events;
    private volatile Probe probe;
    private volatile double soakRate;

    {
        List<PopulationBuilder> phases = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            if (scenario.kind() != Scenario.Kind.SOAK) {
                phases.add(phase(scenario, "warmup " + scenario.name(), config.warmup()));
            }
            phases.add(phase(scenario, scenario.name(),
                    scenario.kind() == Scenario.Kind.SOAK ? config.soak() : config.duration()));
        }
        PopulationBuilder chain = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chain = phases.get(i).andThen(chain);
        }
        setUp(chain).protocols(http.disableWarmUp().disableCaching().acceptHeader("application/json"));
    }

    /** The ceilings first (one per service under test), the named scenarios in order, the soak last. */
    private static List<Scenario> scenarios(List<String> names) {
        Set<String> services = new LinkedHashSet<>();
        List<Scenario> named = new ArrayList<>();
        for (String name : names) {
            Scenario scenario = Scenario.named(name);
            services.add(scenario.service());
            if (scenario.kind() != Scenario.Kind.SOAK) {
                named.add(scenario);
            }
        }
        if (names.contains("soak") && !names.contains("diary-put-30d")) {
            named.add(Scenario.named("diary-put-30d")); // the soak runs at half of its rate
        }
        List<Scenario> all = new ArrayList<>();
        services.forEach(service -> all.add(Scenario.health(service)));
        all.addAll(named);
        if (names.contains("soak")) {
            all.add(Scenario.named("soak"));
        }
        return all;
    }

    @Override
    public void before() {
        try {
            System.out.println("bench: scenarios " + scenarios.stream().map(Scenario::name).toList());
            setup = new Setup(config);
            pools = setup.createPools(scenarios);
            Files.createDirectories(config.out());
            probe = new Probe(config.pids(), config.profile(), config.out());
            events = new EventWatch(config.kafka());
        } catch (Exception e) {
            throw new IllegalStateException("bench set-up failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void after() {
        try {
            Report report = new Report(config, scenarios, recorder, probe);
            if (pools != null) {
                report.pools(pools.entrySet().stream().map(e -> e.getValue().size() + " with " + e.getKey().historyDays
                        + " days of history").toList().toString());
            }
            if (events != null) {
                events.awaitAll(Duration.ofSeconds(60));
                report.events(events.match());
                events.close();
            }
            if (probe != null) {
                report.profiles(Flames.convert(probe.finishRecordings(), config.out()));
                probe.close();
            }
            report.write();
        } catch (Exception e) {
            throw new IllegalStateException("bench report failed: " + e.getMessage(), e);
        }
    }

    private PopulationBuilder phase(Scenario scenario, String phase, Duration duration) {
        int users = scenario.kind() == Scenario.Kind.EVENT_HOP ? Math.min(HOP_USERS, config.users()) : config.users();
        ChainBuilder step = scenario.kind() == Scenario.Kind.EVENT_HOP ? hop(phase) : request(scenario, phase);
        if (scenario.kind() == Scenario.Kind.SOAK) {
            step = io.gatling.javaapi.core.CoreDsl.pace(session -> Duration.ofMillis((long) (users * 1000 / soakRate()))).exec(step);
        }
        return scenario(phase)
                .exec(session -> {
                    probe.begin(scenario, phase);
                    return session.set("slot", slots.computeIfAbsent(phase, p -> new AtomicInteger()).getAndIncrement())
                            .set("i", 0);
                })
                .during(duration, false).on(step) // false: finish the iteration, so its response is recorded
                .exec(session -> {
                    probe.end(scenario, phase);
                    return session;
                })
                .injectOpen(atOnceUsers(users));
    }

    private double soakRate() {
        if (soakRate == 0) {
            Probe.Window window = probe.window("diary-put-30d");
            int ok = recorder.phase("diary-put-30d").ok();
            soakRate = window == null || ok == 0 ? 10 : Math.max(1, ok / window.seconds() / 2);
            System.out.printf("bench: soak paced at %.1f writes/s (half of diary-put-30d)%n", soakRate);
        }
        return soakRate;
    }

    /** One request of a scenario, with what the harness records about it. */
    private ChainBuilder request(Scenario scenario, String phase) {
        String base = config.urlOf(scenario.service());
        HttpRequestActionBuilder request = switch (scenario.kind()) {
            case HEALTH -> http(phase).get(base + "/q/health/live").check(status().is(200).saveAs("status"));
            case PROGRESS_GET -> http(phase).get(session -> base + "/api/v1/patients/" + session.getString("patientId")
                            + "/progress").header("Authorization", session -> "Bearer " + session.getString("token"))
                    .check(status().is(200).saveAs("status"));
            case INTAKE_POST -> http(phase).post(session -> base + "/api/v1/patients/" + session.getString("patientId")
                            + "/intakes").header("Authorization", session -> "Bearer " + therapistToken())
                    .body(StringBody(Bodies.INTAKE_ANSWERS)).asJson().check(status().is(201).saveAs("status"));
            case DIARY_PUT, SOAK -> http(phase).put(session -> base + "/api/v1/patients/" + session.getString("patientId")
                            + "/diary/" + session.getString("date"))
                    .header("Authorization", session -> "Bearer " + session.getString("token"))
                    .body(StringBody(session -> session.getString("body"))).asJson()
                    .check(status().in(200, 201).saveAs("status"));
            case EVENT_HOP -> throw new IllegalArgumentException("the event hop is a chain of its own");
        };
        return exec(session -> prepare(scenario, session.remove("status")))
                .exec(request.check(io.gatling.javaapi.core.CoreDsl.responseTimeInMillis().saveAs("rt")))
                .exec(session -> {
                    if (session.contains("status")) {
                        recorder.ok(phase, session.getInt("rt"));
                        expectEvents(scenario, phase, session);
                    } else {
                        recorder.error(phase);
                    }
                    return session;
                });
    }

    private String therapistToken() {
        return setup.therapistToken;
    }

    /**
     * The patient (and for a diary PUT the day and body) of a user's next request: each user owns the patients of
     * its slot (index modulo users), so no two users write one patient's day at once; the days go round the 8
     * editable ones (today and the 7 before it, the stack's clock, UTC).
     */
    private Session prepare(Scenario scenario, Session session) {
        if (scenario.pool() == Scenario.Pool.NONE) {
            return session;
        }
        List<Setup.Patient> pool = pools.get(scenario.pool());
        int i = session.getInt("i");
        int[] pick = pick(pool.size(), config.users(), session.getInt("slot"), i);
        Setup.Patient patient = pool.get(pick[0]);
        session = session.set("i", i + 1).set("patientId", patient.id()).set("token", patient.token());
        if (scenario.kind() == Scenario.Kind.DIARY_PUT || scenario.kind() == Scenario.Kind.SOAK) {
            LocalDate date = setup.today().minusDays(pick[1]);
            int n = writesPerDay.computeIfAbsent(patient.id() + "|" + date, k -> new AtomicInteger()).getAndIncrement();
            session = session.set("date", date.toString()).set("body", Bodies.diaryWrite(n, variant.incrementAndGet()));
        }
        return session;
    }

    /**
     * The {@code i}-th request of the user in {@code slot}: {patient index, days before today}. A slot owns the
     * patients whose index is the slot modulo {@code users} (the pool has at least {@code users} patients) and goes
     * round them, then on to the next of the 8 editable days.
     */
    static int[] pick(int poolSize, int users, int slot, int i) {
        int own = slot % users;
        int owned = (poolSize - own + users - 1) / users;
        return new int[] {own + users * (i % owned), (i / owned) % (Setup.FIRST_EDITABLE_OFFSET + 1)};
    }

    private void expectEvents(Scenario scenario, String phase, Session session) {
        long now = System.currentTimeMillis();
        String patient = session.getString("patientId");
        switch (scenario.kind()) {
            case DIARY_PUT, SOAK -> {
                events.expect(phase, EventWatch.entryKey(patient, session.getString("date")), now);
                // the current window ends yesterday (today's entry belongs to the next one): only a write of an
                // earlier day changes what a CURRENT progress.updated says
                if (LocalDate.parse(session.getString("date")).isBefore(setup.today())) {
                    events.expect(phase, EventWatch.progressKey(patient), now);
                }
            }
            case INTAKE_POST -> events.expect(phase, EventWatch.screenedKey(patient), now);
            default -> {
            }
        }
    }

    /**
     * The event hop intake -> diary: register a patient in a zone whose date differs from UTC's (diary uses UTC
     * until {@code patient.registered} arrives), submit its intake, then poll diary's progress until its
     * {@code today} is the patient's local date: the time from the registration's response is the hop.
     */
    private ChainBuilder hop(String phase) {
        String intake = config.intakeUrl();
        return exec(session -> {
            String zone = hopZone();
            return session.set("zone", zone).set("zoneDate", localDate(zone, 0).toString()).remove("patientId")
                    .remove("known");
        })
                .exec(http(phase + " register").post(intake + "/api/v1/patients")
                        .header("Authorization", session -> "Bearer " + therapistToken())
                        .body(StringBody(session -> Bodies.patient(session.getString("zone")))).asJson()
                        .check(status().is(201), jsonPath("$.id").saveAs("patientId")))
                .exec(session -> session.set("registeredAt", System.currentTimeMillis()))
                .doIf(session -> session.contains("patientId")).then(
                        exec(http(phase + " intake POST").post(session -> intake + "/api/v1/patients/"
                                        + session.getString("patientId") + "/intakes")
                                .header("Authorization", session -> "Bearer " + therapistToken())
                                .body(StringBody(Bodies.INTAKE_ANSWERS)).asJson().check(status().is(201)))
                        .exec(session -> {
                            events.expect(phase, EventWatch.screenedKey(session.getString("patientId")),
                                    System.currentTimeMillis());
                            return session;
                        })
                        .asLongAs(session -> !session.contains("known")
                                && System.currentTimeMillis() - session.getLong("registeredAt") < HOP_LIMIT.toMillis())
                        .on(exec(http(phase + " poll diary").get(session -> config.diaryUrl() + "/api/v1/patients/"
                                        + session.getString("patientId") + "/progress")
                                .header("Authorization", session -> "Bearer " + therapistToken())
                                .check(bodyString().saveAs("progress")))
                                .exec(session -> {
                                    Matcher today = TODAY.matcher(session.getString("progress"));
                                    return today.find() && today.group(1).equals(session.getString("zoneDate"))
                                            ? session.set("known", System.currentTimeMillis()) : session;
                                })
                                .pause(Duration.ofMillis(25))))
                .exec(session -> {
                    if (session.contains("known")) {
                        recorder.ok(phase, session.getLong("known") - session.getLong("registeredAt"));
                    } else {
                        recorder.error(phase);
                    }
                    return session;
                });
    }

    /** A zone whose date differs from UTC's now and in two minutes (so the hop is visible in diary's answers). */
    private String hopZone() {
        for (String zone : HOP_ZONES) {
            if (!localDate(zone, 0).equals(localDate("UTC", 0)) && !localDate(zone, 120).equals(localDate("UTC", 120))) {
                return zone;
            }
        }
        throw new IllegalStateException("no zone in " + HOP_ZONES + " differs from UTC's date now");
    }

    private LocalDate localDate(String zone, int inSeconds) {
        return Instant.ofEpochMilli(config.stackNowMs() + inSeconds * 1000L).atZone(ZoneId.of(zone)).toLocalDate();
    }
}
