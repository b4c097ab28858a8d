package care.unknot.local;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.tools.StorageTool;

/**
 * A real Apache Kafka broker in KRaft mode (combined broker and controller, one node) inside this JVM, listening
 * on 127.0.0.1.
 *
 * <p>{@link #shared()} gives the one broker of this JVM (started on first use, stopped at exit);
 * {@link #start(Path, int)} starts a broker whose log directory survives restarts (the local stack).
 */
public final class LocalKafka implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static volatile LocalKafka shared;

    private final String bootstrapServers;
    private final Path logDir;
    private final boolean deleteOnStop;
    private final RaftServer server;
    private final Duration startupTime;
    private boolean stopped;

    private LocalKafka(String bootstrapServers, Path logDir, boolean deleteOnStop, RaftServer server,
            Duration startupTime) {
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
        this.deleteOnStop = deleteOnStop;
        this.server = server;
        this.startupTime = startupTime;
    }

    /**
     * The broker of this JVM: started on the first call (thread-safe), stopped and deleted at JVM exit. Every
     * caller, in every class loader, gets the same broker.
     */
    public static LocalKafka shared() {
        LocalKafka current = shared;
        if (current != null) {
            return current;
        }
        synchronized (JvmShared.lock("kafka")) {
            if (shared == null) {
                String running = JvmShared.get("kafka.bootstrap");
                if (running != null) {
                    shared = new LocalKafka(running, null, false, null, Duration.ZERO);
                } else {
                    LocalKafka started = start();
                    JvmShared.put("kafka.bootstrap", started.bootstrapServers());
                    shared = started;
                }
            }
            return shared;
        }
    }

    /** A new throw-away broker on a free port; its log directory is deleted when it stops (at JVM exit at the latest). */
    public static LocalKafka start() {
        Path dir = tempDir();
        try {
            return start(dir, 0, true);
        } catch (LocalInfraException first) {
            // most likely the port was taken between choosing and binding: one more try on fresh ports
            Shell.deleteRecursively(dir);
            return start(tempDir(), 0, true);
        }
    }

    /**
     * A broker keeping its data in {@code logDir} (created and formatted when new, reused otherwise), listening on
     * {@code preferredPort} when that is free, else on a free port. Stopped at JVM exit; the directory stays.
     */
    public static LocalKafka start(Path logDir, int preferredPort) {
        return start(logDir, preferredPort, false);
    }

    private static LocalKafka start(Path logDir, int preferredPort, boolean deleteOnStop) {
        long begin = System.nanoTime();
        int brokerPort = Ports.preferred(preferredPort);
        int controllerPort = Ports.free();
        String bootstrap = "127.0.0.1:" + brokerPort;
        Properties props = brokerProperties(logDir, brokerPort, controllerPort);
        RaftServer server = null;
        try {
            Files.createDirectories(logDir);
            format(logDir, props);
            server = RaftServer.create(props);
            server.startup();
            awaitReady(bootstrap);
        } catch (Throwable thrown) {
            Throwable e = thrown instanceof InvocationTargetException ite && ite.getCause() != null
                    ? ite.getCause() : thrown;
            if (server != null) {
                try {
                    server.shutdown();
                } catch (RuntimeException ignored) {
                    // reporting the start failure matters more
                }
            }
            if (deleteOnStop) {
                Shell.deleteRecursively(logDir);
            }
            throw new LocalInfraException("Kafka broker did not start on " + bootstrap + " (log dir " + logDir
                    + "): " + e + hint(e), e);
        }
        LocalKafka kafka = new LocalKafka(bootstrap, logDir, deleteOnStop, server,
                Duration.ofNanos(System.nanoTime() - begin));
        Shell.onExit("kafka", kafka::stop);
        if (deleteOnStop) {
            Shell.afterJvmExit("rm -rf " + Shell.quote(logDir.toString()));
        }
        return kafka;
    }

    private static String hint(Throwable e) {
        if (e instanceof LinkageError) {
            return ". kafka_2.13 and kafka-clients must have the same version (the Quarkus BOM's): check for another"
                    + " Kafka version on the class path (mvn dependency:tree)";
        }
        return "";
    }

    static Properties brokerProperties(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.putAll(Map.ofEntries(
                Map.entry("process.roles", "broker,controller"),
                Map.entry("node.id", "1"),
                Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + ",CONTROLLER://127.0.0.1:" + controllerPort),
                Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT"),
                Map.entry("controller.listener.names", "CONTROLLER"),
                Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                Map.entry("log.dirs", logDir.toAbsolutePath().toString()),
                Map.entry("auto.create.topics.enable", "true"),
                Map.entry("num.partitions", "1"),
                Map.entry("default.replication.factor", "1"),
                Map.entry("min.insync.replicas", "1"),
                Map.entry("offsets.topic.replication.factor", "1"),
                Map.entry("offsets.topic.num.partitions", "2"),
                Map.entry("transaction.state.log.replication.factor", "1"),
                Map.entry("transaction.state.log.min.isr", "1"),
                Map.entry("transaction.state.log.num.partitions", "2"),
                Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                Map.entry("share.coordinator.state.topic.min.isr", "1"),
                Map.entry("share.coordinator.state.topic.num.partitions", "1"),
                Map.entry("group.initial.rebalance.delay.ms", "0"),
                Map.entry("num.network.threads", "2"),
                Map.entry("num.io.threads", "4"),
                Map.entry("background.threads", "4"),
                Map.entry("log.cleaner.threads", "1")));
        return p;
    }

    private static void format(Path logDir, Properties props) throws IOException {
        Path config = logDir.resolve("unknot-server.properties");
        try (OutputStream out = Files.newOutputStream(config)) {
            props.store(out, "written by care.unknot.local.LocalKafka");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit;
        try (PrintStream print = new PrintStream(output, true, StandardCharsets.UTF_8)) {
            exit = StorageTool.execute(new String[] {
                    "format", "-t", clusterId(logDir), "-c", config.toString(), "--ignore-formatted" }, print);
        }
        if (exit != 0) {
            throw new LocalInfraException("formatting the KRaft storage failed (exit " + exit + "): "
                    + output.toString(StandardCharsets.UTF_8).trim());
        }
    }

    /** The cluster id of an already formatted log directory (a restart must keep it), else a new one. */
    private static String clusterId(Path logDir) throws IOException {
        Path meta = logDir.resolve("meta.properties");
        if (Files.exists(meta)) {
            Properties existing = new Properties();
            try (var in = Files.newInputStream(meta)) {
                existing.load(in);
            }
            String id = existing.getProperty("cluster.id");
            if (id != null && !id.isBlank()) {
                return id;
            }
        }
        return Uuid.randomUuid().toString();
    }

    private static void awaitReady(String bootstrap) throws Exception {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000,
                AdminClientConfig.RETRY_BACKOFF_MS_CONFIG, 50);
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        try (Admin admin = Admin.create(config)) {
            Exception last = null;
            while (System.nanoTime() < deadline) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception e) {
                    last = e;
                }
                Thread.sleep(50);
            }
            throw new LocalInfraException("no broker answered within " + READY_TIMEOUT.toSeconds() + " s"
                    + (last == null ? "" : ": " + last));
        }
    }

    /**
     * {@code kafka.server.KafkaRaftServer}, reached reflectively: its configuration class extends types from
     * kafka-server, a runtime-only dependency of kafka_2.13 whose version we do not want to pin a second time.
     */
    private record RaftServer(Object server) {

        static RaftServer create(Properties props) throws ReflectiveOperationException {
            Class<?> configClass = Class.forName("kafka.server.KafkaConfig");
            Object config = configClass.getMethod("fromProps", Properties.class, boolean.class)
                    .invoke(null, props, false);
            Object server = Class.forName("kafka.server.KafkaRaftServer").getConstructor(configClass, Time.class)
                    .newInstance(config, Time.SYSTEM);
            return new RaftServer(server);
        }

        void startup() throws ReflectiveOperationException {
            call("startup");
        }

        void shutdown() {
            try {
                call("shutdown");
                call("awaitShutdown");
            } catch (ReflectiveOperationException e) {
                throw new LocalInfraException("Kafka broker shutdown failed: " + e.getCause(), e);
            }
        }

        private void call(String method) throws ReflectiveOperationException {
            try {
                server.getClass().getMethod(method).invoke(server);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }

    private static Path tempDir() {
        try {
            return Files.createTempDirectory("unknot-kafka-");
        } catch (IOException e) {
            throw new LocalInfraException("Cannot create a temporary directory for Kafka: " + e.getMessage(), e);
        }
    }

    /** {@code host:port} for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** How long {@link #start()} took, format to first answer (zero for an attached broker). */
    public Duration startupTime() {
        return startupTime;
    }

    /** The broker's log directory; {@code null} for a broker started by another class loader of this JVM. */
    public Path logDir() {
        return logDir;
    }

    /**
     * Stops a broker this instance started and deletes a throw-away log directory. Does nothing for a broker
     * another class loader owns. Idempotent.
     */
    public synchronized void stop() {
        if (stopped || server == null) {
            return;
        }
        stopped = true;
        synchronized (JvmShared.lock("kafka")) {
            if (shared == this) {
                shared = null;
                JvmShared.clear("kafka.bootstrap");
            }
        }
        try {
            server.shutdown();
        } finally {
            if (deleteOnStop) {
                Shell.deleteRecursively(logDir);
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "LocalKafka[" + bootstrapServers + (logDir == null ? "" : ", " + logDir) + "]";
    }
}
