package care.unknot.local.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Not a timed test: prints what a diary-like write costs on each mongo-java-server backend of the local stack (a read
 * by {@code _id}, then a conditional update {@code {_id, rev}} of one day of a patient document with a year of days),
 * from 4 threads, with mongo-java-server's plain backends and with the {@link IdFirst} ones, memory and H2 file
 * (MVStore auto-commit delays). Run with
 * {@code ./mvnw -B -pl deploy/local verify -DexcludedTestGroups=none -Dgroups=benchmark -Dtest=MongoBackendBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class MongoBackendBenchmarkTest {

    private static final int PATIENTS = 1_000;
    private static final int DAYS = 365;
    private static final int WRITES = 4_000;
    private static final int THREADS = 4;

    @TempDir
    Path dir;

    @Test
    void diaryLikeWritesOnEachBackend() throws Exception {
        System.out.printf("%d patients x %d days, %d writes from %d threads; load average %.1f%n", PATIENTS, DAYS,
                WRITES, THREADS, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        run("memory, plain", d -> new MemoryBackend());
        run("memory, id-first", d -> new IdFirstMemoryBackend());
        run("H2 file, plain (auto-commit 1 s)", d -> new H2Backend(d.resolve("plain.mv").toString()));
        run("H2 file, id-first, auto-commit 1 s", d -> new IdFirstH2Backend(store(d, 1_000, false)));
        run("H2 file, id-first, auto-commit 5 s", d -> new IdFirstH2Backend(store(d, 5_000, false)));
        run("H2 file, id-first, compressed, auto-commit 1 s", d -> new IdFirstH2Backend(store(d, 1_000, true)));
    }

    private static MVStore store(Path dir, int autoCommitMillis, boolean compress) {
        MVStore.Builder builder = new MVStore.Builder().fileName(dir.resolve("mongo.mv").toString());
        MVStore store = (compress ? builder.compress() : builder).open();
        store.setAutoCommitDelay(autoCommitMillis);
        return store;
    }

    private void run(String name, Function<Path, MongoBackend> backendIn) throws Exception {
        Path home = Files.createTempDirectory(dir, "b");
        MongoServer server = new MongoServer(backendIn.apply(home));
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            MongoCollection<Document> patients = client.getDatabase("bench").getCollection("patients");
            for (int p = 0; p < PATIENTS; p++) {
                Document days = new Document();
                for (int d = 0; d < DAYS; d++) {
                    days.append("2025-" + d, new Document("h", d % 3 == 0).append("m", false).append("c", List.of()));
                }
                patients.insertOne(new Document("_id", "p" + p).append("rev", 0L).append("days", days));
            }
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            long[] nanos = new long[WRITES];
            long started = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = thread; i < WRITES; i += THREADS) {
                        long begin = System.nanoTime();
                        String id = "p" + (i * 7919 % PATIENTS);
                        boolean written = false;
                        while (!written) {
                            long rev = patients.find(eq("_id", id)).projection(new Document("rev", 1)).first()
                                    .getLong("rev");
                            written = patients.updateOne(and(eq("_id", id), eq("rev", rev)), Updates.combine(
                                    Updates.set("days.2026-" + i, new Document("h", true)), Updates.inc("rev", 1L)))
                                    .getModifiedCount() == 1;
                        }
                        nanos[i] = System.nanoTime() - begin;
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            pool.shutdown();
            Arrays.sort(nanos);
            assertThat(patients.countDocuments()).isEqualTo(PATIENTS);
            long fileBytes;
            try (var files = Files.list(home)) {
                fileBytes = files.mapToLong(f -> f.toFile().length()).sum();
            }
            System.out.printf("  %-48s %6.0f writes/s  p50 %6.2f ms  p99 %7.2f ms  file %s%n", name, WRITES / seconds,
                    nanos[WRITES / 2] / 1e6, nanos[WRITES * 99 / 100] / 1e6,
                    fileBytes == 0 ? "-" : (fileBytes / 1_000_000) + " MB");
        } finally {
            server.shutdownNow();
        }
    }
}
