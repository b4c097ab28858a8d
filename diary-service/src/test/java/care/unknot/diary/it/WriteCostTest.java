package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.domain.Episode;
import care.unknot.diary.domain.ImportSource;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.DailyJobs;
import care.unknot.diary.service.EntryService;
import care.unknot.diary.service.ImportService;
import care.unknot.diary.service.ProgressService;
import care.unknot.kit.time.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** What a diary write and a daily run read does not grow with the patient's history. */
@QuarkusTest
class WriteCostTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 9, 15);

    @Inject
    MutableClock clock;

    @Inject
    EntryService entries;

    @Inject
    DailyJobs jobs;

    @Inject
    ImportService imports;

    @Inject
    ProgressService progress;

    @Inject
    PatientRepository patients;

    @Inject
    ReadMeter meter;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Test
    void aWriteAndADailyRunReadAsMuchAfterFiveYearsAsAfterTwoMonths() {
        Diary.at(clock, TODAY, 12);
        // two months cover every window a write or a run reads (the MOH catch-up reaches 56 days back)
        UUID month = patientWithHistory(60);
        UUID fiveYears = patientWithHistory(5 * 365);

        long monthWrite = meter.bytesRead(() -> entries.put(month, entry(TODAY), null));
        long fiveYearsWrite = meter.bytesRead(() -> entries.put(fiveYears, entry(TODAY), null));
        Diary.at(clock, TODAY.plusDays(1), 12);
        long monthRun = meter.bytesRead(() -> jobs.runFor(month));
        long fiveYearsRun = meter.bytesRead(() -> jobs.runFor(fiveYears));

        // the five-year document is about 200 KB (days, processed ids, alerts); a write reads a few KB of it
        assertThat(fiveYearsWrite).isLessThan(monthWrite + 1_000).isLessThan(20_000);
        assertThat(fiveYearsRun).isLessThan(monthRun + 1_000).isLessThan(20_000);
    }

    @Test
    void aLateEntryAndAnImportReadAsMuchAfterFiveYearsAsAfterTwoMonths() {
        Diary.at(clock, TODAY, 12);
        UUID month = patientWithHistory(60);
        UUID fiveYears = patientWithHistory(5 * 365);
        LocalDate old = TODAY.minusDays(6 * 365);
        List<DiaryEntry> rows = java.util.stream.IntStream.range(1, 11).mapToObj(i -> entry(old.plusDays(i))).toList();

        long monthLate = meter.bytesRead(() -> entries.put(month, entry(old), null));
        long fiveYearsLate = meter.bytesRead(() -> entries.put(fiveYears, entry(old), null));
        long monthImport = meter.bytesRead(() -> imports.importDiary(month, "t", ImportSource.PAPER, false, rows));
        long fiveYearsImport = meter.bytesRead(() -> imports.importDiary(fiveYears, "t", ImportSource.PAPER, false,
                rows));

        assertThat(fiveYearsLate).isLessThan(monthLate + 1_000).isLessThan(20_000);
        assertThat(fiveYearsImport).isLessThan(monthImport + 1_000).isLessThan(30_000);
    }

    @Test
    void aDiaryWriteTakesSixRoundTripsToTheStore() {
        Diary.at(clock, TODAY, 12);
        UUID patient = patientWithHistory(60);

        long create = meter.roundTrips(() -> entries.put(patient, entry(TODAY), null));
        long replace = meter.roundTrips(() -> entries.put(patient, entry(TODAY, 7), null));
        long same = meter.roundTrips(() -> entries.put(patient, entry(TODAY, 7), null));

        // head of the patient, the entry's slot, the entry write, the windows' days, the patient write with the
        // events, the entry marked projected (ten before: the entry and the head were read again, and the response)
        assertThat(create).isEqualTo(6);
        assertThat(replace).isEqualTo(6);
        assertThat(same).isEqualTo(2);
        assertThat(entries.get(patient, TODAY).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void aRepeatedProgressReadOfAnUnchangedPatientReadsOnlyItsVersion() {
        Diary.at(clock, TODAY, 12);
        UUID fiveYears = patientWithHistory(5 * 365);

        ReadMeter.Cost first = meter.measure(() -> progress.full(fiveYears));
        ReadMeter.Cost again = meter.measure(() -> progress.full(fiveYears));
        ProgressService.Full before = progress.full(fiveYears);
        entries.put(fiveYears, entry(TODAY), null);
        ReadMeter.Cost afterWrite = meter.measure(() -> progress.full(fiveYears));
        Diary.at(clock, TODAY.plusDays(1), 12);
        LocalDate tomorrow = progress.full(fiveYears).progress().today();

        // the first read leaves out the processed ids and alerts (about half the 200 KB document)
        assertThat(first.bytes()).isLessThan(150_000);
        assertThat(again.commands()).isOne();
        assertThat(again.bytes()).isLessThan(500);
        assertThat(afterWrite.commands()).isEqualTo(2);
        assertThat(progress.full(fiveYears)).isNotSameAs(before).isSameAs(progress.full(fiveYears));
        assertThat(tomorrow).isEqualTo(TODAY.plusDays(1));
    }

    /** A patient whose read model holds {@code days} logged days up to yesterday, as many processed ids and alerts. */
    private UUID patientWithHistory(int days) {
        UUID patient = UUID.randomUUID();
        patients.head(patient);
        Document dayFacts = new Document();
        List<String> processed = new ArrayList<>();
        List<Document> alerts = new ArrayList<>();
        for (int back = days; back >= 1; back--) {
            LocalDate date = TODAY.minusDays(back);
            dayFacts.append(date.toString(), new Document("h", back % 3 == 0).append("m", false).append("s", false)
                    .append("c", List.of()).append("x", false));
            processed.add(UUID.randomUUID().toString());
            alerts.add(PatientRepository.alert("GAP", date, date, List.of(), clock.instant()));
        }
        mongo.getDatabase(database).getCollection(PatientRepository.COLLECTION).updateOne(
                Filters.eq("_id", patient.toString()), Updates.combine(Updates.set("days", dayFacts),
                        Updates.set("processed", processed), Updates.set("alerts", alerts),
                        Updates.set("lastDay", TODAY.minusDays(1).toString()), Updates.inc("rev", 1L)));
        return patient;
    }

    private static DiaryEntry entry(LocalDate date) {
        return entry(date, 6);
    }

    private static DiaryEntry entry(LocalDate date, int nrs) {
        return new DiaryEntry(date, true, List.of(new Episode(LocalTime.NOON, 45, nrs, Set.of(), List.of())),
                List.of(), null, null, null, List.of(), null, null, Set.of(), null);
    }
}
