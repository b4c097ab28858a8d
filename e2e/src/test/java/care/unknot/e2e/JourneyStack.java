package care.unknot.e2e;

import static org.awaitility.Awaitility.await;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import care.unknot.local.LocalJwt;
import care.unknot.local.LocalStack;
import care.unknot.local.Ports;

/**
 * The whole system on one machine, as {@code ./unknot up} runs it but on free ports and under {@code target/}:
 * deploy/local's {@link LocalStack} as a process ({@code --dir target/e2e-stack}, every port free), then the four
 * services from their built {@code target/quarkus-app/quarkus-run.jar} with the environment files LocalStack writes
 * ({@code QUARKUS_PROFILE=prod,local}, the clock file this class writes), each on a free HTTP port. Logs go to
 * {@code target/e2e-logs/<name>.log}. {@link #close()} (also run by a JVM shutdown hook, so Ctrl-C or a failure
 * leaves no process behind) stops the services, then the stack.
 */
final class JourneyStack implements AutoCloseable {

    static final List<String> SERVICES = List.of("intake-service", "plan-service", "diary-service",
            "notification-service");
    private static final Duration STACK_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(150);
    private static final String JAVA_OPTS = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx384m";

    private final Path root;
    private final Path home;
    private final Path logs;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Thread shutdownHook = new Thread(this::stopAll, "e2e-stack-stop");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long clockOffsetMillis;

    private JourneyStack(Path moduleDir) {
        this.root = moduleDir.toAbsolutePath().normalize().getParent();
        this.home = moduleDir.resolve("target/e2e-stack").toAbsolutePath().normalize();
        this.logs = moduleDir.resolve("target/e2e-logs").toAbsolutePath().normalize();
    }

    /** Starts the stack from empty stores with the shared clock at {@code clockStart}; ready when it returns. */
    static JourneyStack start(Instant clockStart) {
        JourneyStack stack = new JourneyStack(Path.of(""));
        Runtime.getRuntime().addShutdownHook(stack.shutdownHook);
        try {
            stack.startAll(clockStart);
            return stack;
        } catch (RuntimeException | Error e) {
            System.err.println(stack.logTails());
            stack.close();
            throw e;
        }
    }

    private void startAll(Instant clockStart) {
        for (String service : SERVICES) {
            if (!Files.exists(jar(service))) {
                throw new IllegalStateException(jar(service) + " is missing: build with ./mvnw -pl e2e -am verify");
            }
        }
        stopLeftovers();
        deleteRecursively(home);
        createDirectories(home);
        createDirectories(logs);
        deleteRecursively(pidsFile());
        setClock(clockStart);
        startInfrastructure();
        for (String service : SERVICES) {
            startService(service);
        }
        for (String service : SERVICES) {
            await("readiness of " + service + " (/q/health/ready 200)").atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(service + " exited during start", () -> !processes.get(service).isAlive())
                    .until(() -> isReady(service));
        }
    }

    private void startInfrastructure() {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m",
                "-Dunknot.kafka.port=0", "-Dunknot.postgres.port=0", "-Dunknot.mongo.port=0", "-Dunknot.token.port=0",
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName(), "--dir", home.toString()));
        Process stack = launch("stack", command, Map.of(), root);
        Path ready = home.resolve("stack.env");
        await("the local infrastructure (LocalStack writes stack.env)").atMost(STACK_TIMEOUT)
                .pollInterval(Duration.ofMillis(200))
                .failFast("LocalStack exited during start", () -> !stack.isAlive())
                .until(() -> Files.exists(ready));
    }

    private void startService(String service) {
        Map<String, String> env = readEnv(home.resolve(service + ".env"));
        int port = Ports.free();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        ports.put(service, port);
        List<String> command = new ArrayList<>();
        command.add(javaBin());
        command.addAll(List.of(JAVA_OPTS.split(" ")));
        command.addAll(List.of("-jar", jar(service).toString()));
        launch(service, command, env, root.resolve(service));
    }

    private Process launch(String name, List<String> command, Map<String, String> env, Path dir) {
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

    private boolean isReady(String service) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url(service) + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code http://127.0.0.1:<port>} of a service. */
    String url(String service) {
        return "http://127.0.0.1:" + ports.get(service);
    }

    Path openApiDocument(String service) {
        return root.resolve(service).resolve("openapi.yaml");
    }

    /** The stack's keys: the services trust the tokens they sign. */
    LocalJwt jwt() {
        return LocalJwt.fromDir(home.resolve("jwt"));
    }

    /** The four services' time: real time plus the clock file's offset. */
    Instant now() {
        return Instant.now().plusMillis(clockOffsetMillis);
    }

    /**
     * Moves the shared clock to {@code instant}, forward only (the services' clocks never go back within a
     * generation); replaced atomically as {@code ./unknot clock set} does. Jobs catch up within 250 ms.
     */
    void setClock(Instant instant) {
        long offset = instant.toEpochMilli() - System.currentTimeMillis();
        Path file = home.resolve(LocalStack.CLOCK_FILE);
        Path tmp = home.resolve(LocalStack.CLOCK_FILE + ".tmp");
        try {
            Files.writeString(tmp, "# the e2e test's clock (see ./unknot clock)\noffset-ms=" + offset
                    + "\ngeneration=0\n", StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        clockOffsetMillis = offset;
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

    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran
        }
    }

    /** SIGTERM to the services, then to the stack (which stops Kafka, PostgreSQL, MongoDB); SIGKILL after 30 s. */
    private synchronized void stopAll() {
        List<Process> services = processes.entrySet().stream().filter(e -> !e.getKey().equals("stack"))
                .map(Map.Entry::getValue).toList();
        stop(services);
        Process stack = processes.get("stack");
        if (stack != null) {
            stop(List.of(stack));
        }
    }

    private static void stop(List<Process> group) {
        group.forEach(Process::destroy);
        for (Process process : group) {
            try {
                if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * The processes an earlier run started and could not stop (its JVM was killed): each pid it recorded whose
     * command line still names this module's stack or a service jar of this tree.
     */
    private void stopLeftovers() {
        if (!Files.exists(pidsFile())) {
            return;
        }
        try {
            List<ProcessHandle> leftovers = Files.readAllLines(pidsFile()).stream().filter(line -> !line.isBlank())
                    .map(line -> ProcessHandle.of(Long.parseLong(line.trim()))).flatMap(Optional::stream)
                    .filter(process -> process.info().commandLine().filter(this::isOurs).isPresent()).toList();
            leftovers.forEach(ProcessHandle::destroy);
            for (ProcessHandle process : leftovers) {
                process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (IOException | ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot stop what an earlier run left in " + pidsFile(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isOurs(String commandLine) {
        return commandLine.contains(home.toString())
                || SERVICES.stream().anyMatch(service -> commandLine.contains(jar(service).toString()));
    }

    /** Outside the stack's directory, which every start deletes. */
    private Path pidsFile() {
        return logs.resolve("pids");
    }

    private Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private Path log(String name) {
        return logs.resolve(name + ".log");
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** {@code KEY=value} lines of a LocalStack environment file. */
    private static Map<String, String> readEnv(Path file) {
        Map<String, String> env = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int equals = line.indexOf('=');
                if (!line.isBlank() && !line.startsWith("#") && equals > 0) {
                    env.put(line.substring(0, equals), line.substring(equals + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return env;
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
