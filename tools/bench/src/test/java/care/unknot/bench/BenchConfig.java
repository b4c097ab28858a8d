package care.unknot.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code ./unknot bench} passes as {@code -Dbench.*} system properties (see tools/bench/bench.sh). */
record BenchConfig(String intakeUrl, String diaryUrl, String mintUrl, String kafka, List<String> scenarios,
                   Duration duration, Duration warmup, int users, int patients, int longPatients, Duration soak,
                   long clockOffsetMs, Map<String, Long> pids, String profile, Path out) {

    static BenchConfig fromSystemProperties() {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (String pair : get("bench.pids", "").split(",")) {
            String[] kv = pair.split("=");
            if (kv.length == 2 && !kv[1].isBlank()) {
                pids.put(kv[0], Long.parseLong(kv[1].trim()));
            }
        }
        return new BenchConfig(get("bench.intake", "http://localhost:8081"), get("bench.diary", "http://localhost:8083"),
                required("bench.mint"), required("bench.kafka"),
                Arrays.stream(get("bench.scenarios", String.join(",", Scenario.DEFAULTS)).split(","))
                        .map(String::trim).filter(s -> !s.isEmpty()).toList(),
                Duration.ofSeconds(Long.getLong("bench.duration", 30)), Duration.ofSeconds(Long.getLong("bench.warmup", 20)),
                Integer.getInteger("bench.users", 16), Integer.getInteger("bench.patients", 200),
                Integer.getInteger("bench.long-patients", 16), Duration.ofSeconds(Long.getLong("bench.soak", 0)),
                Long.getLong("bench.clock-offset-ms", 0), pids, get("bench.profile", ""),
                Path.of(get("bench.out", "target/bench")).toAbsolutePath());
    }

    /** The service's origin a scenario targets. */
    String urlOf(String service) {
        return service.equals("intake-service") ? intakeUrl : diaryUrl;
    }

    /** The local stack's "now" (real time plus the offset of {@code ./unknot clock}). */
    long stackNowMs() {
        return System.currentTimeMillis() + clockOffsetMs;
    }

    /** A property as given: the Gatling plugin forwards a value containing spaces in double quotes. */
    static String unquoted(String key) {
        String value = System.getProperty(key, "");
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
    }

    private static String get(String key, String fallback) {
        String value = System.getProperty(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String required(String key) {
        String value = System.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("-D" + key + " is missing: run the harness with ./unknot bench");
        }
        return value;
    }
}
