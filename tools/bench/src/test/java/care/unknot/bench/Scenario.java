package care.unknot.bench;

import java.util.List;
import java.util.Map;

/**
 * A scenario of the harness: its name (the first column of the table and the request name in Gatling's report),
 * the service it loads and the patients it uses.
 */
record Scenario(String name, String service, Kind kind, Pool pool, String what) {

    enum Kind { HEALTH, DIARY_PUT, PROGRESS_GET, INTAKE_POST, EVENT_HOP, SOAK }

    /** Patients with a diary history of this length (imported through the diary import API during set-up). */
    enum Pool {
        NONE(0), REGISTERED(0), DAYS_30(30), YEAR_1(365), YEARS_5(1826);

        final int historyDays;

        Pool(int historyDays) {
            this.historyDays = historyDays;
        }
    }

    static final Map<String, Scenario> ALL = Map.ofEntries(
            entry(new Scenario("diary-put-30d", "diary-service", Kind.DIARY_PUT, Pool.DAYS_30,
                    "PUT diary/{date}, a changed body on one of the 8 editable days, patients with 30 days of history")),
            entry(new Scenario("diary-put-5y", "diary-service", Kind.DIARY_PUT, Pool.YEARS_5,
                    "the same for patients with 5 years of history")),
            entry(new Scenario("progress-30d", "diary-service", Kind.PROGRESS_GET, Pool.DAYS_30,
                    "GET progress, patients with 30 days of history")),
            entry(new Scenario("progress-1y", "diary-service", Kind.PROGRESS_GET, Pool.YEAR_1,
                    "GET progress, patients with 1 year of history")),
            entry(new Scenario("progress-5y", "diary-service", Kind.PROGRESS_GET, Pool.YEARS_5,
                    "GET progress, patients with 5 years of history")),
            entry(new Scenario("intake-post", "intake-service", Kind.INTAKE_POST, Pool.REGISTERED,
                    "POST patients/{id}/intakes (screening + outbox) by a therapist")),
            entry(new Scenario("event-hop", "intake-service", Kind.EVENT_HOP, Pool.NONE,
                    "register a patient and submit its intake, then poll diary until it knows the patient's zone")),
            entry(new Scenario("soak", "diary-service", Kind.SOAK, Pool.DAYS_30,
                    "diary PUT (30 days) paced at half the rate diary-put-30d reached in this run")));

    /** Run when no scenario is named (the soak only with --soak). */
    static final List<String> DEFAULTS = List.of("diary-put-30d", "diary-put-5y", "progress-30d", "progress-1y",
            "progress-5y", "intake-post", "event-hop");

    static Scenario health(String service) {
        return new Scenario("health " + service, service, Kind.HEALTH, Pool.NONE,
                "GET /q/health/live of " + service + ": the ceiling of the stack for that service");
    }

    static Scenario named(String name) {
        Scenario scenario = ALL.get(name);
        if (scenario == null) {
            throw new IllegalArgumentException("unknown scenario " + name + "; one of " + ALL.keySet());
        }
        return scenario;
    }

    private static Map.Entry<String, Scenario> entry(Scenario scenario) {
        return Map.entry(scenario.name(), scenario);
    }
}
