package care.unknot.e2e;

import static org.awaitility.Awaitility.await;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import care.unknot.local.LocalJwt;
import care.unknot.local.LocalStack;
import care.unknot.local.Ports;

/**
 * The whole system on one machine, as {@code ./unknot up} runs it but on free ports and under {@code target/}:
 * deploy/local's {@link LocalStack} as a process ({@code --dir} a directory under java.io.tmpdir, every port free), then the four
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
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final ProcessGroup processes;
    private final Thread shutdownHook;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile long clockOffsetMillis;

    private JourneyStack(Path moduleDir) {
        this.root = moduleDir.toAbsolutePath().normalize().getParent();
        this.home = stateDir(root);
        this.processes = new ProcessGroup(moduleDir.resolve("target/e2e-logs").toAbsolutePath().normalize());
        this.shutdownHook = new Thread(processes::stopAll, "e2e-stack-stop");
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
        processes.stopLeftovers(this::isOurs);
        deleteRecursively(home);
        createDirectories(home);
        setClock(clockStart);
        startInfrastructure();
        for (String service : SERVICES) {
            startService(service);
        }
        for (String service : SERVICES) {
            await("readiness of " + service + " (/q/health/ready 200)").atMost(READY_TIMEOUT)
                    .pollInterval(Duration.ofMillis(500))
                    .failFast(service + " exited during start", () -> !processes.isAlive(service))
                    .until(() -> isReady(service));
        }
    }

    private void startInfrastructure() {
        List<String> command = new ArrayList<>(List.of(javaBin(), "-Xmx512m",
                "-Dunknot.kafka.port=0", "-Dunknot.postgres.port=0", "-Dunknot.mongo.port=0", "-Dunknot.token.port=0",
                "-cp", System.getProperty("java.class.path"), LocalStack.class.getName(), "--dir", home.toString()));
        Process stack = processes.launch("stack", command, Map.of(), root);
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
        processes.launch(service, command, env, root.resolve(service));
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
        if (instant.isBefore(now())) {
            throw new IllegalArgumentException("the clock moves forward only: " + instant + " is before " + now());
        }
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
        return processes.logTails();
    }

    @Override
    public void close() {
        processes.stopAll();
        try {
            deleteRecursively(home);
        } catch (UncheckedIOException e) {
            System.err.println("e2e: could not remove " + home + ": " + e.getMessage()); // the next run clears it
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or ran
        }
    }

    private boolean isOurs(String commandLine) {
        return commandLine.contains(home.toString())
                || SERVICES.stream().anyMatch(service -> commandLine.contains(jar(service).toString()));
    }

    private Path jar(String service) {
        return root.resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
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

    /**
     * The stack's state directory: under the temporary directory, not the checkout, because PostgreSQL runs as the
     * user {@code postgres} when the build runs as root and must traverse every parent (a checkout under a mode-700
     * directory, e.g. {@code mktemp -d} or a home, is not); one per checkout, so a later run finds what a killed run
     * left.
     */
    private static Path stateDir(Path checkout) {
        return Path.of(System.getProperty("java.io.tmpdir"), "unknot-e2e-"
                + Integer.toHexString(checkout.toString().hashCode())).toAbsolutePath().normalize();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
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
