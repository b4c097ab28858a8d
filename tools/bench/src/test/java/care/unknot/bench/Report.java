package care.unknot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The one table of a run: printed, and written as markdown (with date, machine and JVM settings) to results.md. */
final class Report {

    private final BenchConfig config;
    private final List<Scenario> scenarios;
    private final Recorder recorder;
    private final Probe probe;
    private final Map<String, EventWatch.Hops> hops = new HashMap<>();
    private final List<Path> profiles = new ArrayList<>();

    Report(BenchConfig config, List<Scenario> scenarios, Recorder recorder, Probe probe) {
        this.config = config;
        this.scenarios = scenarios;
        this.recorder = recorder;
        this.probe = probe;
    }

    void events(List<EventWatch.Hops> matched) {
        matched.forEach(h -> hops.put(h.scenario() + "|" + h.type(), h));
    }

    private String pools = "?";

    /** How many patients each history length had (at least one per user). */
    void pools(String description) {
        pools = description;
    }

    void profiles(List<Path> graphs) {
        profiles.addAll(graphs);
    }

    void write() throws IOException {
        List<String> services = new ArrayList<>(config.pids().keySet());
        List<String> header = new ArrayList<>(List.of("scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms",
                "errors", "ceiling req/s"));
        services.forEach(s -> header.add("RSS " + s + " MB"));
        header.addAll(List.of("CPU ms per request", "load", "events lost", "event hop p50/p95/p99/max ms", "progress.updated hop p50/p99 ms (n)"));
        List<List<String>> rows = new ArrayList<>();
        Map<String, Double> ceilings = new HashMap<>();
        for (Scenario scenario : scenarios) {
            Probe.Window window = probe == null ? null : probe.window(scenario.name());
            Recorder.Phase phase = recorder.phase(scenario.name());
            List<Long> sorted = phase.sorted();
            double rate = window == null ? 0 : phase.ok() / window.seconds();
            if (scenario.kind() == Scenario.Kind.HEALTH) {
                ceilings.put(scenario.service(), rate);
            }
            List<String> row = new ArrayList<>(List.of(scenario.name(), String.format("%.0f", rate),
                    ms(Recorder.percentile(sorted, 50)), ms(Recorder.percentile(sorted, 95)),
                    ms(Recorder.percentile(sorted, 99)), ms(Recorder.percentile(sorted, 100)),
                    phase.errors() + "/" + phase.total(),
                    scenario.kind() == Scenario.Kind.HEALTH ? "-" : String.format("%.0f",
                            ceilings.getOrDefault(scenario.service(), 0.0))));
            for (String service : services) {
                row.add(window == null ? "-" : rss(scenario, window, service));
            }
            Probe.Sample atEnd = window == null ? null : probe.sampleAt(window.end().get());
            row.add(window == null ? "-" : cpuPerRequest(window, phase.ok()));
            row.add(atEnd == null ? "-" : atEnd.loadAverage());
            EventWatch.Hops primary = hops.get(scenario.name() + "|" + (scenario.kind() == Scenario.Kind.DIARY_PUT
                    || scenario.kind() == Scenario.Kind.SOAK ? EventWatch.ENTRY_RECORDED : EventWatch.INTAKE_SCREENED));
            EventWatch.Hops progress = hops.get(scenario.name() + "|" + EventWatch.PROGRESS_UPDATED);
            row.add(primary == null ? "-" : primary.lost() + "/" + primary.expected() + " " + shortType(primary.type()));
            row.add(primary == null ? "-" : hopFigures(primary.hopsMs(), 50, 95, 99, 100));
            row.add(progress == null ? "-" : hopFigures(progress.hopsMs(), 50, 99) + " (" + progress.hopsMs().size()
                    + "/" + progress.expected() + ")");
            rows.add(row);
        }
        String table = table(header, rows);
        System.out.println();
        System.out.println(table);
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(" with `./unknot bench")
                .append(BenchConfig.unquoted("bench.args")).append("`\n\n")
                .append("- machine: ").append(Machine.describe()).append('\n')
                .append("- service JVMs: `").append(BenchConfig.unquoted("bench.jvm")).append("`\n")
                .append("- ").append(config.users()).append(" users (one connection each), warm-up ")
                .append(config.warmup().toSeconds()).append(" s, measured ").append(config.duration().toSeconds())
                .append(" s per scenario").append(config.soak().isZero() ? "" : ", soak " + config.soak().toSeconds() + " s")
                .append("; patients: ").append(pools).append('\n')
                .append("- load: the 1-minute load average at the end of each phase (2 cores: above 2 means waiting for CPU)\n\n")
                .append(table).append('\n');
        if (!profiles.isEmpty()) {
            md.append("\nFlame graphs: ").append(String.join(", ", profiles.stream()
                    .map(p -> p.getFileName().toString()).toList())).append('\n');
        }
        Files.writeString(config.out().resolve("results.md"), md.toString());
        System.out.println("bench: table written to " + config.out().resolve("results.md"));
    }

    private String rss(Scenario scenario, Probe.Window window, String service) {
        Long end = rssKb(window.end().get(), service);
        if (end == null || end < 0) {
            return "-";
        }
        if (scenario.kind() != Scenario.Kind.SOAK) {
            return String.valueOf(end / 1024);
        }
        Long begin = rssKb(window.begin().get(), service);
        return begin == null || begin < 0 ? String.valueOf(end / 1024)
                : String.format("%d->%d (%+d)", begin / 1024, end / 1024, (end - begin) / 1024);
    }

    /**
     * Where the CPU of a phase went, per successful request and process (those using at least 0.1 ms): the
     * processes share 2 cores, so their sum bounds the rate the machine can serve (2,000 ms / sum per second).
     */
    private String cpuPerRequest(Probe.Window window, long requests) {
        Probe.Sample begin = probe.sampleAt(window.begin().get());
        Probe.Sample end = probe.sampleAt(window.end().get());
        if (begin == null || end == null || begin == end || requests == 0) {
            return "-";
        }
        List<String> parts = new ArrayList<>();
        double total = 0;
        for (Map.Entry<String, Long> e : end.cpuMs().entrySet()) {
            Long before = begin.cpuMs().get(e.getKey());
            if (before == null || before < 0 || e.getValue() < 0) {
                continue;
            }
            double perRequest = (e.getValue() - before) / (double) requests;
            total += perRequest;
            if (perRequest >= 0.1) {
                parts.add(e.getKey().replace("-service", "") + " " + String.format("%.1f", perRequest));
            }
        }
        return String.format("%.1f: ", total) + String.join(", ", parts);
    }

    private Long rssKb(long atMs, String service) {
        Probe.Sample sample = probe.sampleAt(atMs);
        return sample == null ? null : sample.rssKb().get(service);
    }

    private static String shortType(String type) {
        return type.equals(EventWatch.ENTRY_RECORDED) ? "entry-recorded" : type;
    }

    private static String hopFigures(List<Long> values, int... percentiles) {
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        List<String> figures = new ArrayList<>();
        for (int p : percentiles) {
            figures.add(ms(Recorder.percentile(sorted, p)));
        }
        return String.join("/", figures);
    }

    private static String ms(long value) {
        return value < 0 ? "-" : String.valueOf(value);
    }

    private static String table(List<String> header, List<List<String>> rows) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < header.size(); i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, widths);
        List<String> rule = new ArrayList<>();
        for (int width : widths) {
            rule.add("-".repeat(width));
        }
        line(out, rule, widths);
        rows.forEach(row -> line(out, row, widths));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int i = 0; i < cells.size(); i++) {
            out.append(' ').append(String.format("%-" + widths[i] + "s", cells.get(i))).append(" |");
        }
        out.append('\n');
    }
}
