package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asTherapist;
import static care.unknot.diary.it.Api.entryPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.ImportSource;
import care.unknot.diary.repository.ImportRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.DailyJobs;
import care.unknot.kit.time.MutableClock;
import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/** An import interrupted by a crash: before its commit nothing is visible; after it the entries are finished. */
@QuarkusTest
class ImportRepairTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

    @Inject
    MutableClock clock;

    @Inject
    ImportRepository imports;

    @Inject
    PatientRepository patients;

    @Inject
    DailyJobs jobs;

    @Inject
    MongoClient mongo;

    private final UUID patient = UUID.randomUUID();

    private ImportRepository.Staged stage() {
        List<ImportRepository.StagedRow> rows = List.of(row(TODAY.minusDays(20)), row(TODAY.minusDays(19)));
        ImportRepository.Staged staged = new ImportRepository.Staged(UUID.randomUUID().toString(), patient,
                "therapist-1", ImportSource.PAPER, clock.instant(), rows);
        imports.stage(staged);
        return staged;
    }

    private static ImportRepository.StagedRow row(LocalDate date) {
        DiaryEntry entry = new DiaryEntry(date, false, List.of(), List.of(), null, null, null, List.of(), null, null,
                Set.of(), null);
        return new ImportRepository.StagedRow(entry, new DayFacts(date, false, false, false, Set.of(), null, false,
                true), null);
    }

    private String state(String importId) {
        return mongo.getDatabase("diary").getCollection(ImportRepository.COLLECTION)
                .find(new Document("_id", importId)).first().getString("state");
    }

    @Test
    void aStageThatWasNeverCommittedIsAbandonedAndNothingOfItIsVisible() {
        Diary.at(clock, TODAY, 10);
        ImportRepository.Staged staged = stage();
        clock.advance(Duration.ofMinutes(3));
        jobs.runAll();

        assertThat(state(staged.id())).isEqualTo("ABANDONED");
        asTherapist().get(entryPath(patient, TODAY.minusDays(20))).then().statusCode(404);
        assertThat(patients.find(patient).map(s -> s.days().size()).orElse(0)).isZero();
    }

    @Test
    void aCommittedImportWhoseEntriesWereNotWrittenIsFinishedByTheRepair() {
        Diary.at(clock, TODAY, 10);
        ImportRepository.Staged staged = stage();
        long rev = patients.head(patient).rev();
        // the commit reached the patient's document, then the process died
        assertThat(patients.update(patient, rev, List.of(PatientRepository.setImportedDays(
                staged.rows().stream().map(ImportRepository.StagedRow::facts).toList()),
                PatientRepository.addCommittedImport(staged.id())), List.of())).isTrue();
        asTherapist().get(entryPath(patient, TODAY.minusDays(20))).then().statusCode(404);

        clock.advance(Duration.ofMinutes(3));
        jobs.runAll();

        assertThat(state(staged.id())).isEqualTo("DONE");
        asTherapist().get(entryPath(patient, TODAY.minusDays(20))).then().statusCode(200)
                .body("source", equalTo("PAPER")).body("importedBy", equalTo("therapist-1"))
                .body("late", equalTo(true));
        asTherapist().get("/api/v1/patients/" + patient + "/diary?from=" + TODAY.minusDays(30) + "&to=" + TODAY)
                .then().statusCode(200).body("items", hasSize(2));
        assertThat(patients.importCommitted(patient, staged.id())).isFalse();
    }
}
