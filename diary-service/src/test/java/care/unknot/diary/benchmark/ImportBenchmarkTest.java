package care.unknot.diary.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.Episode;
import care.unknot.diary.domain.ImportSource;
import care.unknot.diary.domain.MedicationIntake;
import care.unknot.diary.repository.ImportRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.ImportService;
import care.unknot.kit.time.MutableClock;
import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a timed test: prints how long a three-year import (1,096 rows) takes through the service (stage, one patient
 * write with 1,096 events, entry documents) and how large the documents it writes are. Excluded by default; run with
 * {@code ./mvnw -B -pl diary-service -am verify -DexcludedTestGroups=none -Dgroups=benchmark
 * -Dtest=ImportBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
@QuarkusTest
class ImportBenchmarkTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 1);
    private static final int ROWS = 3 * 365 + 1;

    @Inject
    ImportService imports;

    @Inject
    MutableClock clock;

    @Inject
    MongoClient mongo;

    @Test
    void threeYearsOfPaperDiaryInOneImport() {
        clock.set(TODAY.atTime(12, 0).toInstant(ZoneOffset.UTC));
        for (int run = 0; run < 3; run++) {
            UUID patient = UUID.randomUUID();
            List<DiaryEntry> rows = IntStream.range(0, ROWS).mapToObj(i -> entry(TODAY.minusDays(ROWS - i), i))
                    .toList();
            long start = System.nanoTime();
            ImportService.ImportResult result = imports.importDiary(patient, "t", ImportSource.PAPER, false, rows);
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(result.imported()).isEqualTo(ROWS);
            Document stage = mongo.getDatabase("diary").getCollection(ImportRepository.COLLECTION)
                    .find(new Document("_id", result.importId())).first();
            Document patientDoc = mongo.getDatabase("diary").getCollection(PatientRepository.COLLECTION)
                    .find(new Document("_id", patient.toString())).first();
            System.out.printf("[benchmark] import of %d rows: %d ms; import record %d bytes after DONE; patient "
                    + "document %d bytes (with the events not yet relayed)%n", ROWS, millis, size(stage),
                    size(patientDoc));
        }
    }

    private static int size(Document doc) {
        return new RawBsonDocument(doc, new DocumentCodec()).getByteBuffer().remaining();
    }

    private static DiaryEntry entry(LocalDate date, int i) {
        List<Episode> episodes = i % 3 == 0 ? List.of(new Episode(LocalTime.of(14, 30), 120, 6, Set.of(),
                List.of("left temple"))) : List.of();
        List<MedicationIntake> medications = i % 4 == 0
                ? List.of(new MedicationIntake(care.unknot.diary.domain.MedicationClass.SIMPLE_ANALGESIC, "ibuprofen",
                1)) : List.of();
        return new DiaryEntry(date, !episodes.isEmpty(), episodes, medications, null, 3, 4, List.of("screen work"),
                null, null, Set.of(), "paper diary page " + i);
    }
}
