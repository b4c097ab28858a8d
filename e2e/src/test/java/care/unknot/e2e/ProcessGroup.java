package care.unknot.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

/**
 * The processes of one run, each logging to {@code <logs>/<name>.log}, their pids recorded in {@code <logs>/pids}.
 * The first one launched (the infrastructure) is stopped last, after the others: SIGTERM, SIGKILL after 30 s.
 */
final class ProcessGroup {

    private static final long STOP_SECONDS = 30;

    private final Path logs;
    private final Map<String, Process> processes = new LinkedHashMap<>();

    ProcessGroup(Path logs) {
        this.logs = logs;
    }

    /**
     * Stops what an earlier run started and could not stop (its JVM was killed): each pid it recorded whose command
     * line is still {@code ours}. Then starts a new record.
     */
    void stopLeftovers(Predicate<String> ours) {
        try {
            if (Files.exists(pidsFile())) {
                List<ProcessHandle> leftovers = Files.readAllLines(pidsFile()).stream()
                        .filter(line -> !line.isBlank())
                        .map(line -> ProcessHandle.of(Long.parseLong(line.trim()))).flatMap(Optional::stream)
                        .filter(process -> process.info().commandLine().filter(ours).isPresent()).toList();
                leftovers.forEach(ProcessHandle::destroy);
                for (ProcessHandle process : leftovers) {
                    process.onExit().get(STOP_SECONDS, TimeUnit.SECONDS);
                }
            }
            Files.createDirectories(logs);
            Files.deleteIfExists(pidsFile());
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot stop what an earlier run left in " + pidsFile(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Process launch(String name, List<String> command, Map<String, String> env, Path dir) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log(name).toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            processes.put(name, process);
            Files.writeString(pidsFile(), process.pid() + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            return process;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    boolean isAlive(String name) {
        return processes.get(name).isAlive();
    }

    /** The others first, all at once; then the first launched. */
    synchronized void stopAll() {
        List<Process> all = new ArrayList<>(processes.values());
        if (all.isEmpty()) {
            return;
        }
        stop(all.subList(1, all.size()));
        stop(all.subList(0, 1));
    }

    private static void stop(List<Process> group) {
        group.forEach(Process::destroy);
        for (Process process : group) {
            try {
                if (!process.waitFor(STOP_SECONDS, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The last 40 lines of every log, for a failure report. */
    String logTails() {
        StringBuilder text = new StringBuilder();
        for (String name : processes.keySet()) {
            text.append("\n---- the last 40 lines of ").append(log(name)).append('\n');
            try {
                List<String> lines = Files.readAllLines(log(name), StandardCharsets.UTF_8);
                lines.subList(Math.max(0, lines.size() - 40), lines.size())
                        .forEach(line -> text.append("  | ").append(line).append('\n'));
            } catch (IOException | UncheckedIOException e) {
                text.append("  (unreadable: ").append(e.getMessage()).append(")\n");
            }
        }
        return text.toString();
    }

    private Path log(String name) {
        return logs.resolve(name + ".log");
    }

    private Path pidsFile() {
        return logs.resolve("pids");
    }
}
