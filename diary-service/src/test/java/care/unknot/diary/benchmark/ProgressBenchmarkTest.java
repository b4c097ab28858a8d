package care.unknot.diary.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.HomeProgram;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.Progress;
import care.unknot.diary.domain.ProgressCalculator;
import care.unknot.diary.domain.TestRules;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.kit.outbox.mongo.MongoOutbox;
import care.unknot.local.LocalMongo;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: prints how long progress takes for a patient with 2 years of daily entries (read the patient's
 * day facts over the wire + compute baseline, current window and the series). Excluded by default; run with
 * {@code ./mvnw -o -B -pl diary-service test -DexcludedTestGroups=none -Dgroups=benchmark}
 * (add {@code MONGODB_URI=...} for a real MongoDB).
 */
@Tag("benchmark")
class ProgressBenchmarkTest {

    private static final int DAYS = 730;
    private static final int RUNS = 50;

    @Test
    void progressForTwoYearsOfDailyEntries() {
        try (MongoClient client = MongoClients.create(LocalMongo.shared().connectionString())) {
            PatientRepository patients = new PatientRepository(client, "diary-benchmark",
                    new MongoOutbox(Clock.systemUTC(), null));
            UUID patient = UUID.randomUUID();
            LocalDate first = LocalDate.of(2024, 1, 1);
            PatientState empty = patients.load(patient);
            List<Bson> changes = new ArrayList<>();
            for (int i = 0; i < DAYS; i++) {
                changes.add(PatientRepository.setDay(new DayFacts(first.plusDays(i), i % 3 == 0, i % 9 == 0,
                        i % 6 == 0, i % 5 == 0 ? Set.of(MedicationClass.SIMPLE_ANALGESIC) : Set.of(),
                        i % 3 == 0 ? 5 : null, i % 2 == 0)));
            }
            changes.add(PatientRepository.setFirstSession(first.plusDays(60)));
            changes.add(PatientRepository.setHomeProgram(new HomeProgram(first.plusDays(60),
                    HomeProgram.Frequency.DAILY)));
            assertThat(patients.update(patient, empty.rev(), changes, List.of())).isTrue();

            ProgressCalculator calculator = new ProgressCalculator(TestRules.defaults());
            LocalDate today = first.plusDays(DAYS);
            long cold = time(() -> calculator.progress(patients.find(patient).orElseThrow().history(), today));
            long[] warm = new long[RUNS];
            Progress last = null;
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                last = calculator.progress(patients.find(patient).orElseThrow().history(), today);
                warm[i] = System.nanoTime() - start;
            }
            long[] computeOnly = new long[RUNS];
            PatientState state = patients.find(patient).orElseThrow();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                calculator.progress(state.history(), today);
                computeOnly[i] = System.nanoTime() - start;
            }
            assertThat(last.series()).hasSize((DAYS - 60) / 28);
            System.out.printf("progress, %d days of entries, %d windows in the series (%s):%n", DAYS,
                    last.series().size(), System.getenv("MONGODB_URI") == null ? "mongo-java-server" : "MongoDB");
            System.out.printf("  cold (first call, read + compute): %.1f ms%n", cold / 1e6);
            System.out.printf("  warm median of %d (read + compute): %.2f ms%n", RUNS, median(warm) / 1e6);
            System.out.printf("  warm median of %d (compute only):   %.2f ms%n", RUNS, median(computeOnly) / 1e6);
        }
    }

    private static long time(Runnable run) {
        long start = System.nanoTime();
        run.run();
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
