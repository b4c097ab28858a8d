package care.unknot.local;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** Operating-system helpers: commands with a time limit, root detection, recursive delete, exit watchdogs. */
// Public although internal: a Quarkus test may load this package from two class loaders, and
// package-private access across them fails with IllegalAccessError.
public final class Shell {

    /** Outcome of a finished command: exit code and combined stdout/stderr. */
    public record Result(int exitCode, String output) {
        boolean ok() {
            return exitCode == 0;
        }
    }

    private static volatile Boolean root;

    private Shell() {
    }

    /**
     * Runs {@code command}, output to a temporary file (never a pipe, so a daemon it forks cannot hold us), and
     * waits at most {@code timeout}.
     */
    public static Result run(Duration timeout, List<String> command) {
        Path out = null;
        try {
            out = Files.createTempFile("unknot-cmd-", ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                return new Result(-1, "timed out after " + timeout.toSeconds() + " s: " + String.join(" ", command)
                        + "\n" + Files.readString(out, StandardCharsets.UTF_8));
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return new Result(-1, "cannot run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(-1, "interrupted while running " + String.join(" ", command));
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    public static Result run(Duration timeout, String... command) {
        return run(timeout, List.of(command));
    }

    /** True when this JVM runs with uid 0. */
    public static boolean isRoot() {
        Boolean known = root;
        if (known == null) {
            known = readUid() == 0;
            root = known;
        }
        return known;
    }

    private static long readUid() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Uid:")) {
                    return Long.parseLong(line.substring(4).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux: fall back to id(1)
        }
        Result id = run(Duration.ofSeconds(5), "id", "-u");
        if (id.ok()) {
            return Long.parseLong(id.output().trim());
        }
        return "root".equals(System.getProperty("user.name")) ? 0 : 1000;
    }

    /** Quotes {@code value} for a POSIX shell. */
    public static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    public static String quote(List<String> command) {
        return command.stream().map(Shell::quote).collect(Collectors.joining(" "));
    }

    /** Deletes a directory tree; a missing tree is fine. */
    public static void deleteRecursively(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                    if (exc instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE;
                    }
                    throw exc;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + root, e);
        }
    }

    /**
     * Starts a detached shell that waits for this JVM to end (however it ends, even SIGKILL) and then runs
     * {@code script}: the safety net for child processes a shutdown hook would normally stop. Harmless when the
     * hook already did the work.
     */
    public static void afterJvmExit(String script) {
        long pid = ProcessHandle.current().pid();
        String watcher = "while kill -0 " + pid + " 2>/dev/null; do sleep 1; done; " + script;
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
            command.add("/usr/bin/setsid");
        }
        command.addAll(List.of("/bin/sh", "-c", watcher));
        try {
            new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // the shutdown hook still covers a normal exit
        }
    }

    /** Registers a JVM shutdown hook; failures inside it are printed, never thrown. */
    public static void onExit(String name, Runnable action) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                System.err.println("[unknot-local] " + name + " cleanup failed: " + t);
            }
        }, "unknot-local-" + name + "-cleanup"));
    }
}
