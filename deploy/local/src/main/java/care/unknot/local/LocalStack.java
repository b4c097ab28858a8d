package care.unknot.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The infrastructure of {@code ./unknot up}: Kafka, PostgreSQL (databases intake, plan, notification), the MongoDB
 * endpoint and the JWT keys, all keeping their data under {@code .unknot/} between runs, on the usual ports when
 * free (Kafka 9092, PostgreSQL 5433, MongoDB 27018). Writes one environment file per service
 * ({@code .unknot/<service>.env}) and then {@code .unknot/stack.env} (the signal that everything is up), and runs
 * until SIGTERM/SIGINT, then stops everything.
 *
 * <p>Usage: {@code LocalStack [--dir .unknot]}; ports can be changed with the system properties
 * {@code unknot.kafka.port}, {@code unknot.postgres.port}, {@code unknot.mongo.port}.
 */
public final class LocalStack {

    /** Services and the PostgreSQL database each owns ({@code null}: MongoDB). */
    static final Map<String, String> SERVICES = servicesAndDatabases();
    /** The profile the services run in besides {@code prod}; the kit's settable clock needs it. */
    public static final String LOCAL_PROFILE = "local";
    /** The clock file under the state directory ({@code ./unknot clock} writes it, the kit's clock reads it). */
    public static final String CLOCK_FILE = "clock";

    private LocalStack() {
    }

    private static Map<String, String> servicesAndDatabases() {
        Map<String, String> services = new LinkedHashMap<>();
        services.put("intake-service", "intake");
        services.put("plan-service", "plan");
        services.put("diary-service", null);
        services.put("notification-service", "notification");
        return services;
    }

    public static void main(String[] args) throws Exception {
        configureLogging();
        Path dir = Path.of(".unknot");
        for (int i = 0; i < args.length; i++) {
            if ("--dir".equals(args[i]) && i + 1 < args.length) {
                dir = Path.of(args[++i]);
            } else {
                System.err.println("usage: LocalStack [--dir <state directory>]");
                System.exit(2);
            }
        }
        Path home = dir.toAbsolutePath().normalize();
        Files.createDirectories(home);
        Path stackEnv = home.resolve("stack.env");
        Files.deleteIfExists(stackEnv);

        CountDownLatch stopped = new CountDownLatch(1);
        List<AutoCloseable> started = new ArrayList<>();
        // stop in reverse start order; the pieces' own shutdown hooks are idempotent
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("[stack] stopping");
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception e) {
                    System.err.println("[stack] stop failed: " + e);
                }
            }
            try {
                Files.deleteIfExists(stackEnv);
            } catch (IOException ignored) {
                // nothing more to do at exit
            }
            System.out.println("[stack] stopped");
            stopped.countDown();
        }, "unknot-stack-stop"));

        try {
            long begin = System.nanoTime();
            PostgresBinaries.find(null); // missing binaries: say so before spending seconds on Kafka
            LocalJwt jwt = LocalJwt.fromDir(home.resolve("jwt"));
            TokenServer mint = TokenServer.start(jwt, Ports.preferred(Integer.getInteger("unknot.token.port", 8089)));
            started.add(mint);
            LocalKafka kafka = LocalKafka.start(home.resolve("kafka"), Integer.getInteger("unknot.kafka.port", 9092));
            started.add(kafka);
            report("Kafka", kafka.bootstrapServers(), kafka.startupTime().toMillis(), kafka.logDir());
            LocalPostgres postgres = LocalPostgres.start(home.resolve("postgres"),
                    Integer.getInteger("unknot.postgres.port", 5433));
            started.add(postgres);
            report("PostgreSQL", "127.0.0.1:" + postgres.port(), postgres.startupTime().toMillis(),
                    postgres.dataDir());
            LocalMongo mongo = LocalMongo.fileBacked(home.resolve("mongo"),
                    Integer.getInteger("unknot.mongo.port", 27018));
            started.add(mongo);
            report("MongoDB", mongo.connectionString(), mongo.startupTime().toMillis(),
                    mongo.isExternal() ? "external, MONGODB_URI" : mongo.file());

            Map<String, String> common = new LinkedHashMap<>();
            common.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
            common.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", jwt.publicKeyLocation());
            common.put("MP_JWT_VERIFY_ISSUER", jwt.issuer());
            // the web client's dev server may call the services (CORS); production allows no origin by default
            common.put("UNKNOT_CORS_ORIGINS", System.getenv().getOrDefault("UNKNOT_CORS_ORIGINS",
                    "http://localhost:3000"));
            for (Map.Entry<String, String> service : SERVICES.entrySet()) {
                Map<String, String> env = new LinkedHashMap<>(common);
                if (service.getValue() != null) {
                    env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.jdbcUrl(service.getValue()));
                    env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
                    env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
                } else {
                    env.put("QUARKUS_MONGODB_CONNECTION_STRING", mongo.connectionString());
                }
                if (service.getKey().equals("notification-service")) {
                    // partner webhooks: a local-only key for the stored secrets; local receivers on loopback http
                    env.put("UNKNOT_WEBHOOKS_SECRET_KEY", "bG9jYWwtb25seS13ZWJob29rLXNlY3JldHMta2V5ISE=");
                    env.put("UNKNOT_WEBHOOKS_ALLOW_HTTP", "true");
                    env.put("UNKNOT_WEBHOOKS_ALLOW_LOOPBACK", "true");
                }
                writeEnv(home.resolve(service.getKey() + ".env"), service.getKey(), env, true);
                appendEnv(home.resolve(service.getKey() + ".env"), localOnly(home));
            }
            Map<String, String> stack = new LinkedHashMap<>(common);
            stack.put("QUARKUS_MONGODB_CONNECTION_STRING", mongo.connectionString());
            stack.put("UNKNOT_POSTGRES_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/");
            stack.put("UNKNOT_STACK_PID", Long.toString(ProcessHandle.current().pid()));
            stack.put("UNKNOT_TOKEN_URL", mint.url());
            writeEnv(stackEnv, "the local stack", stack, false);
            System.out.printf("[stack] JWT keys      %s (token mint %s)%n", jwt.dir(), mint.url());
            System.out.printf("[stack] ready in %d ms; environment in %s/<service>.env%n",
                    (System.nanoTime() - begin) / 1_000_000, home);
        } catch (RuntimeException e) {
            System.err.println("[stack] FAILED: " + e.getMessage());
            System.exit(1);
        }
        stopped.await();
    }

    private static void report(String what, String where, long millis, Object dir) {
        System.out.printf("[stack] %-11s %-28s started in %5d ms (%s)%n", what, where, millis, dir);
    }

    /**
     * Writes {@code KEY=value} lines; with {@code prodToo} each also as {@code _PROD_KEY}, since a profile-specific
     * environment variable beats a {@code %prod.} entry in a service's application.properties whatever the
     * ordinal rules.
     */
    static void writeEnv(Path file, String forWhom, Map<String, String> env, boolean prodToo) throws IOException {
        StringBuilder text = new StringBuilder("# written by care.unknot.local.LocalStack for " + forWhom
                + "; regenerated by every ./unknot up\n");
        env.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        if (prodToo) {
            env.forEach((key, value) -> text.append("_PROD_").append(key).append('=').append(value).append('\n'));
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * What only the local stack gives a service (never written as {@code _PROD_}): the profile {@code local} on top
     * of {@code prod}, which alone switches on the kit's settable clock, and the clock file {@code ./unknot clock}
     * writes.
     */
    static Map<String, String> localOnly(Path home) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_PROFILE", "prod," + LOCAL_PROFILE);
        env.put("UNKNOT_CLOCK_FILE", home.resolve(CLOCK_FILE).toString());
        return env;
    }

    private static void appendEnv(Path file, Map<String, String> env) throws IOException {
        StringBuilder text = new StringBuilder(Files.readString(file, StandardCharsets.UTF_8));
        env.forEach((key, value) -> text.append(key).append('=').append(value).append('\n'));
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** slf4j-simple defaults for the stack's console: our lines and the pieces' warnings. */
    static void configureLogging() {
        setDefault("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        setDefault("org.slf4j.simpleLogger.showDateTime", "true");
        setDefault("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss.SSS");
        // the first start of a KRaft log and client reconnects while services start are expected, not warnings
        setDefault("org.slf4j.simpleLogger.log.org.apache.kafka.controller.QuorumController", "error");
        setDefault("org.slf4j.simpleLogger.log.org.apache.kafka.clients", "error");
        setDefault("org.slf4j.simpleLogger.log.de.bwaldvogel.mongo", "error");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
