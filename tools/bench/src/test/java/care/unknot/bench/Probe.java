package care.unknot.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the harness measures around the load: when each measured phase began and ended, the services' resident
 * memory (VmRSS from /proc/&lt;pid&gt;/status, sampled every second) and, with {@code --profile}, a JFR recording of
 * that service during each of its measured phases.
 */
final class Probe implements AutoCloseable {

    /** The infrastructure JVM (Kafka and the MongoDB server): profiled during every scenario with --profile stack. */
    static final String STACK = "stack";

    record Window(AtomicLong begin, AtomicLong end, java.util.concurrent.atomic.AtomicInteger active) {
        double seconds() {
            return Math.max(1, end.get() - begin.get()) / 1000.0;
        }
    }

    /** The load generator itself (this JVM), in {@link Sample#cpuMs()}: its share of the 2 cores is not the services'. */
    static final String LOAD_GENERATOR = "gatling";

    /** cpuMs: each process's CPU time so far (user + system, from /proc/&lt;pid&gt;/stat), the load generator's too. */
    record Sample(long atMs, Map<String, Long> rssKb, Map<String, Long> cpuMs, String loadAverage) {
    }

    private final Map<Long, String> names = new LinkedHashMap<>();
    private final Map<String, Long> pids;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();
    private final List<Sample> samples = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Thread sampler;
    private final ExecutorService jcmd = Executors.newSingleThreadExecutor();
    private final List<Path> recordings = java.util.Collections.synchronizedList(new ArrayList<>());
    private final String profiled;
    private final Path profileDir;
    private volatile boolean running = true;

    Probe(Map<String, Long> pids, String profiled, Path profileDir) {
        this.pids = pids;
        this.profiled = profiled;
        this.profileDir = profileDir;
        pids.forEach((name, pid) -> names.put(pid, name));
        sampler = new Thread(this::sample, "bench-rss");
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Called by every user as it enters the phase: the first one starts the window (and the recording). */
    void begin(Scenario scenario, String phase) {
        Window window = windows.computeIfAbsent(phase, p -> new Window(new AtomicLong(), new AtomicLong(),
                new java.util.concurrent.atomic.AtomicInteger()));
        window.active().incrementAndGet();
        if (window.begin().compareAndSet(0, System.currentTimeMillis()) && profiles(scenario)) {
            jcmd.submit(() -> jcmd("JFR.start", "name=" + phase, "settings=profile",
                    "filename=" + recording(phase)));
        }
    }

    /** Called by every user as it leaves the phase: the window (and the recording) ends with the last one. */
    void end(Scenario scenario, String phase) {
        Window window = windows.get(phase);
        window.end().accumulateAndGet(System.currentTimeMillis(), Math::max);
        if (window.active().decrementAndGet() == 0 && profiles(scenario)) {
            recordings.add(recording(phase));
            jcmd.submit(() -> jcmd("JFR.stop", "name=" + phase));
        }
    }

    /** The recording of a phase, named after the profiled process: {@code diary-service-diary-put-30d.jfr}. */
    private Path recording(String phase) {
        return profileDir.resolve(profiled + "-" + phase + ".jfr");
    }

    Window window(String phase) {
        return windows.get(phase);
    }

    private boolean profiles(Scenario scenario) {
        return (scenario.service().equals(profiled) || STACK.equals(profiled)) && scenario.kind() != Scenario.Kind.HEALTH
                && pids.containsKey(profiled);
    }

    private void jcmd(String... command) {
        List<String> args = new ArrayList<>(List.of("jcmd", String.valueOf(pids.get(profiled))));
        args.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(args).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (process.waitFor() != 0 || output.contains("Exception")) {
                System.out.println("bench: " + String.join(" ", command) + " failed: " + output.strip());
            }
        } catch (IOException e) {
            System.out.println("bench: jcmd failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sample() {
        while (running) {
            Map<String, Long> rss = new LinkedHashMap<>();
            Map<String, Long> cpu = new LinkedHashMap<>();
            pids.forEach((name, pid) -> {
                rss.put(name, rssKb(pid));
                cpu.put(name, cpuMs(pid));
            });
            cpu.put(LOAD_GENERATOR, cpuMs(ProcessHandle.current().pid()));
            samples.add(new Sample(System.currentTimeMillis(), rss, cpu, loadAverage()));
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    static long rssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // the process is gone: no figure
        }
        return -1;
    }

    /**
     * The CPU time the process used so far: utime + stime of /proc/&lt;pid&gt;/stat (fields 14 and 15, after the
     * command name in parentheses), in clock ticks of 10 ms (USER_HZ is 100 on Linux); -1 when it is gone.
     */
    static long cpuMs(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The last sample taken at or before {@code atMs} (the first one if none; null before any). */
    Sample sampleAt(long atMs) {
        synchronized (samples) {
            Sample found = samples.isEmpty() ? null : samples.get(0);
            for (Sample sample : samples) {
                if (sample.atMs() <= atMs) {
                    found = sample;
                }
            }
            return found;
        }
    }

    /** The 1-minute load average now. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    /** Waits for the recordings to be written and returns them. */
    List<Path> finishRecordings() throws InterruptedException {
        jcmd.shutdown();
        jcmd.awaitTermination(2, TimeUnit.MINUTES);
        return recordings.stream().filter(Files::exists).toList();
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
        jcmd.shutdownNow();
    }
}
