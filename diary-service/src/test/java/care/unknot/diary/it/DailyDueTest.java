package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.DailyJobs;
import care.unknot.kit.time.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** A tick visits only the patients whose local day is due, and one that fails stops no other. */
@QuarkusTest
class DailyDueTest {

    // later than every other test's clock, so all their patients are due once and then scheduled past it
    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @Inject
    MutableClock clock;

    @Inject
    DailyJobs jobs;

    @Inject
    PatientRepository patients;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    private MongoCollection<Document> collection(String name) {
        return mongo.getDatabase(database).getCollection(name);
    }

    @Test
    void aTickVisitsTheTenDuePatientsOfAThousand() {
        clock.set(NOW);
        jobs.runAll(); // the other tests' patients
        List<String> due = new ArrayList<>();
        List<String> all = new ArrayList<>();
        List<Document> docs = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String id = UUID.randomUUID().toString();
            boolean isDue = i % 100 == 0;
            if (isDue) {
                due.add(id);
            }
            all.add(id);
            docs.add(new Document("_id", id).append("rev", 0L).append("days", new Document())
                    .append(PatientRepository.NEXT_RUN, Date.from(isDue ? NOW.minusSeconds(60) : NOW.plusSeconds(3600))));
        }
        collection(PatientRepository.COLLECTION).insertMany(docs);
        try {
            assertThat(jobs.runAll()).isEqualTo(10);

            assertThat(collection(PatientRepository.COLLECTION).find(Filters.and(Filters.in("_id", all),
                    Filters.exists("lastDailyRun"))).map(d -> d.getString("_id")).into(new ArrayList<>()))
                    .containsExactlyInAnyOrderElementsOf(due);
            // run today: due again at the start of tomorrow (UTC, the default zone), not before
            assertThat(jobs.runAll()).isZero();
            assertThat(collection(PatientRepository.COLLECTION).find(Filters.eq("_id", due.get(0))).first()
                    .getDate(PatientRepository.NEXT_RUN).toInstant()).isEqualTo(Instant.parse("2027-03-02T00:00:00Z"));
        } finally {
            collection(PatientRepository.COLLECTION).deleteMany(Filters.in("_id", all));
        }
    }

    @Test
    void aTimeZoneChangeMakesThePatientDueAtOnceForItsNewLocalDay() {
        clock.set(NOW.plus(Duration.ofDays(4))); // 12:00 UTC, already 02:00 of the next day in Kiritimati
        jobs.runAll(); // the other tests' patients
        UUID patient = UUID.randomUUID();
        jobs.runFor(patient); // today in UTC (no zone yet): next run at the next UTC midnight
        assertThat(nextRun(patient)).isAfter(clock.instant());

        new Upstream(patients).registered(patient, ZoneId.of("Pacific/Kiritimati"));

        assertThat(nextRun(patient)).isBeforeOrEqualTo(clock.instant());
        assertThat(jobs.runAll()).isEqualTo(1);
        assertThat(patients.find(patient).orElseThrow().lastDailyRun())
                .isEqualTo(LocalDate.ofInstant(clock.instant(), ZoneId.of("Pacific/Kiritimati")));
    }

    @Test
    void aPatientWrittenBeforeNextRunTimesWereKeptIsDueAfterTheStart() {
        UUID patient = UUID.randomUUID();
        collection(PatientRepository.COLLECTION).insertOne(new Document("_id", patient.toString()).append("rev", 0L));

        patients.createIndexes(); // what the service does at start-up

        assertThat(nextRun(patient)).isEqualTo(Instant.EPOCH);
    }

    private Instant nextRun(UUID patient) {
        return collection(PatientRepository.COLLECTION).find(Filters.eq("_id", patient.toString())).first()
                .getDate(PatientRepository.NEXT_RUN).toInstant();
    }

    @Test
    void aFailingPatientOrEntryStopsNoOtherPatientAndIsRetriedLater() {
        clock.set(NOW.plus(Duration.ofDays(2)));
        jobs.runAll(); // the other tests' patients
        String broken = UUID.randomUUID().toString();
        String first = UUID.randomUUID().toString();
        String second = UUID.randomUUID().toString();
        Date due = Date.from(clock.instant().minusSeconds(60));
        collection(PatientRepository.COLLECTION).insertMany(List.of(
                new Document("_id", first).append("rev", 0L).append(PatientRepository.NEXT_RUN, due),
                // a document the service cannot read: its run throws
                new Document("_id", broken).append("rev", 0L).append("zone", "Not/AZone")
                        .append(PatientRepository.NEXT_RUN, due),
                new Document("_id", second).append("rev", 0L).append(PatientRepository.NEXT_RUN, due)));
        // an entry whose projection throws: the repair before the patients' runs must not stop them
        String brokenEntry = UUID.randomUUID().toString();
        collection(EntryRepository.COLLECTION).insertOne(new Document("_id", brokenEntry)
                .append("patientId", broken).append("date", "not-a-date").append("projected", false));
        try {
            assertThat(jobs.runAll()).isEqualTo(3);

            assertThat(collection(PatientRepository.COLLECTION).find(Filters.in("_id", first, second))
                    .map(d -> d.getString("lastDailyRun")).into(new ArrayList<>()))
                    .containsOnly(clock.instant().toString().substring(0, 10));
            Document failed = collection(PatientRepository.COLLECTION).find(Filters.eq("_id", broken)).first();
            assertThat(failed.getDate(PatientRepository.NEXT_RUN).toInstant())
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(10)));
        } finally {
            collection(PatientRepository.COLLECTION).deleteMany(Filters.in("_id", broken, first, second));
            collection(EntryRepository.COLLECTION).deleteOne(Filters.eq("_id", brokenEntry));
        }
    }
}
