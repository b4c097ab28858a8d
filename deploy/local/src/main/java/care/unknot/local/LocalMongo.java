package care.unknot.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.h2.mvstore.MVStore;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;

import care.unknot.local.mongo.IdFirst;
import care.unknot.local.mongo.IdFirstH2Backend;
import care.unknot.local.mongo.IdFirstMemoryBackend;

/**
 * A MongoDB endpoint: {@code de.bwaldvogel:mongo-java-server} inside this JVM on 127.0.0.1 (memory backend for
 * tests, H2 file backend for the local stack), or, when the environment variable {@code MONGODB_URI} is set, no
 * server at all: that URI, so the same tests run against a real MongoDB.
 *
 * <p>The oplog is on, so change streams work. mongo-java-server has no transactions, sessions or text/geo
 * queries: see the project's infrastructure notes for what it supports. Its collections here serve a filter with an
 * {@code _id} clause by the {@code _id} index, as MongoDB does ({@link IdFirst}).
 */
public final class LocalMongo implements AutoCloseable {

    /** Environment variable naming a real MongoDB to use instead of the in-JVM server. */
    public static final String MONGODB_URI = "MONGODB_URI";

    private static volatile LocalMongo shared;

    private final String connectionString;
    private final MongoServer server;
    private final Path file;
    private final Duration startupTime;
    private final IdFirst stats;
    private boolean stopped;

    private LocalMongo(String connectionString, MongoServer server, Path file, Duration startupTime,
            IdFirst stats) {
        this.connectionString = connectionString;
        this.server = server;
        this.file = file;
        this.startupTime = startupTime;
        this.stats = stats;
    }

    /**
     * The endpoint of this JVM: {@code MONGODB_URI} when set, else an in-memory server started on the first call
     * (thread-safe) and stopped at JVM exit. Every caller, in every class loader, gets the same one.
     */
    public static LocalMongo shared() {
        LocalMongo current = shared;
        if (current != null) {
            return current;
        }
        synchronized (JvmShared.lock("mongo")) {
            if (shared == null) {
                String running = JvmShared.get("mongo.uri");
                if (running != null) {
                    shared = new LocalMongo(running, null, null, Duration.ZERO, null);
                } else {
                    LocalMongo started = inMemory();
                    JvmShared.put("mongo.uri", started.connectionString());
                    shared = started;
                }
            }
            return shared;
        }
    }

    /** A new in-memory server on a free port ({@code MONGODB_URI} instead, when set). */
    public static LocalMongo inMemory() {
        return external().orElseGet(() -> {
            IdFirstMemoryBackend backend = new IdFirstMemoryBackend();
            return serve(backend, backend.stats(), 0, null);
        });
    }

    /**
     * A server persisting to {@code dir/mongo.mv} (H2 MVStore, compressed pages, committed every second), on a free
     * port ({@code MONGODB_URI} instead, when set).
     */
    public static LocalMongo fileBacked(Path dir) {
        return fileBacked(dir, 0);
    }

    /**
     * A server persisting to {@code dir/mongo.mv} on {@code preferredPort} when free, else a free port
     * ({@code MONGODB_URI} instead, when set).
     */
    public static LocalMongo fileBacked(Path dir, int preferredPort) {
        return external().orElseGet(() -> {
            Path store = dir.toAbsolutePath().normalize().resolve("mongo.mv");
            try {
                Files.createDirectories(dir);
                // compressed pages: a tenth of the file and a little faster than plain (MongoBackendBenchmarkTest);
                // MVStore's default auto-commit every second: a killed stack loses at most the last second
                IdFirstH2Backend backend = new IdFirstH2Backend(
                        new MVStore.Builder().fileName(store.toString()).compress().open());
                return serve(backend, backend.stats(), preferredPort, store);
            } catch (IOException | RuntimeException e) {
                throw new LocalInfraException("Cannot open the MongoDB store " + store + ": " + e.getMessage()
                        + " (is another ./unknot up running? delete the file to start over)", e);
            }
        });
    }

    private static Optional<LocalMongo> external() {
        String uri = System.getenv(MONGODB_URI);
        return uri == null || uri.isBlank()
                ? Optional.empty()
                : Optional.of(new LocalMongo(uri, null, null, Duration.ZERO, null));
    }

    private static LocalMongo serve(MongoBackend backend, IdFirst stats, int preferredPort, Path file) {
        long begin = System.nanoTime();
        MongoServer server = new MongoServer(backend);
        server.enableOplog();
        int port = Ports.preferred(preferredPort);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            if (preferredPort > 0) {
                server.shutdownNow();
                throw new LocalInfraException("mongo-java-server could not listen on 127.0.0.1:" + port + ": "
                        + e.getMessage(), e);
            }
            port = Ports.free(); // taken between choosing and binding: one more try
            server.bind("127.0.0.1", port);
        }
        LocalMongo mongo = new LocalMongo("mongodb://127.0.0.1:" + port, server, file,
                Duration.ofNanos(System.nanoTime() - begin), stats);
        Shell.onExit("mongo", mongo::stop);
        return mongo;
    }

    /** {@code mongodb://host:port} for {@code quarkus.mongodb.connection-string}. */
    public String connectionString() {
        return connectionString;
    }

    /** True when this is a real MongoDB named by {@code MONGODB_URI}, not the in-JVM server. */
    public boolean isExternal() {
        return server == null && connectionString.equals(System.getenv(MONGODB_URI));
    }

    /** The H2 file of a file-backed server, else {@code null}. */
    public Path file() {
        return file;
    }

    /**
     * Full collection scans this JVM's server ran so far (queries no index served; see {@link IdFirst}); -1 for an
     * external or attached endpoint.
     */
    public long fullScans() {
        return stats == null ? -1 : stats.fullScans();
    }

    /** Time to bind the in-JVM server (zero for an external or attached endpoint). */
    public Duration startupTime() {
        return startupTime;
    }

    /** Stops a server this instance started (a file-backed one flushes its file). Idempotent. */
    public synchronized void stop() {
        if (stopped || server == null) {
            return;
        }
        stopped = true;
        synchronized (JvmShared.lock("mongo")) {
            if (shared == this) {
                shared = null;
                JvmShared.clear("mongo.uri");
            }
        }
        server.shutdownNow();
    }

    @Override
    public void close() {
        stop();
    }

    @Override
    public String toString() {
        return "LocalMongo[" + connectionString + (file == null ? "" : ", " + file) + "]";
    }
}
