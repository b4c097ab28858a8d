package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asPatient;
import static care.unknot.diary.it.Api.entryPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.diary.EntrySource;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** domain.md 3.1 (late entries) and 3.3: a late entry counts, and a reported checkpoint is revised, not changed. */
@QuarkusTest
class LateEntryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 20);
    private static final LocalDate T = LocalDate.of(2026, 5, 1);

    @Inject
    PatientRepository patients;

    @Inject
    MutableClock clock;

    private final UUID patient = UUID.randomUUID();

    @Test
    void anEntryForAnOldEmptyDateIsCreatedAndMarkedLateButNotEditableAfterwards() {
        Diary.at(clock, TODAY, 12);
        LocalDate old = TODAY.minusDays(30);
        asPatient(patient).body(Api.headache(40, 5)).put(entryPath(patient, old)).then().statusCode(201)
                .body("late", equalTo(true)).body("source", equalTo("PATIENT"))
                .body("recordedAt", notNullValue());
        // the same body again (a client retry) is the same entry; another body or a delete is past the edit window
        asPatient(patient).body(Api.headache(40, 5)).put(entryPath(patient, old)).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, old)).then().statusCode(409)
                .contentType("application/problem+json");
        asPatient(patient).delete(entryPath(patient, old)).then().statusCode(409);
        // within the edit window: not late, and still replaceable
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY.minusDays(7))).then()
                .statusCode(201).body("late", equalTo(false));
        asPatient(patient).body(Api.headache(40, 5)).put(entryPath(patient, TODAY.minusDays(7))).then()
                .statusCode(200);

        List<DiaryEntryRecordedV1> recorded = Kafka.awaitExactly(patient, EventTypes.DIARY_ENTRY_RECORDED, 3)
                .stream().map(e -> e.as(DiaryEntryRecordedV1.class)).toList();
        assertThat(recorded.get(0).entryDate()).isEqualTo(old);
        assertThat(recorded.get(0).late()).isTrue();
        assertThat(recorded.get(0).source()).isEqualTo(EntrySource.PATIENT);
        assertThat(recorded.get(1).late()).isFalse();
    }

    @Test
    void futureDatesAndDatesBeforeRegistrationAreRefusedNamingTheDate() {
        new Upstream(patients).registered(patient, ZoneId.of("UTC"),
                TODAY.minusDays(40).atTime(9, 0).toInstant(ZoneOffset.UTC));
        Diary.at(clock, TODAY, 12);
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY.minusDays(41))).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY.minusDays(40))).then()
                .statusCode(201).body("late", equalTo(true));
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY.plusDays(1))).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
    }

    @Test
    void aLateEntryInAReportedCheckpointWindowPublishesARevisionOfThatCheckpoint() {
        Upstream upstream = new Upstream(patients);
        Diary.log(clock, patient, T.minusDays(28), 28, i -> i < 12 ? Api.headache(40, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, T, 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, T, 8));
        // T .. T+7 logged headache-free, T+8 .. T+10 empty; session 4 on T+11: 8 of 11 days, usable
        Diary.log(clock, patient, T, 8, i -> Api.HEADACHE_FREE);
        Diary.at(clock, T.plusDays(11), 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 4, T.plusDays(11), 8));
        ProgressUpdatedV1 first = checkpoints(1).get(0);
        assertThat(first.revision()).isZero();
        assertThat(first.loggedDays()).isEqualTo(8);
        assertThat(first.headacheDays()).isZero();

        // typed in from paper 11 days later: late, inside the reported window
        Diary.at(clock, T.plusDays(20), 18);
        asPatient(patient).body(Api.headache(40, 5)).put(entryPath(patient, T.plusDays(9))).then().statusCode(201)
                .body("late", equalTo(true));

        ProgressUpdatedV1 revised = checkpoints(2).get(1);
        assertThat(revised.checkpoint()).isEqualTo(first.checkpoint());
        assertThat(revised.revision()).isEqualTo(1);
        assertThat(revised.windowStart()).isEqualTo(first.windowStart());
        assertThat(revised.windowEnd()).isEqualTo(first.windowEnd());
        assertThat(revised.loggedDays()).isEqualTo(9);
        assertThat(revised.headacheDays()).isEqualTo(1);
        assertThat(revised.lateEntries()).isEqualTo(1);
        assertThat(revised.checkpoint().kind()).isEqualTo(CheckpointKind.SESSION_4);
    }

    @Test
    void aLateEntryInTheBaselineWindowIsANewCurrentProgressUpdate() {
        Upstream upstream = new Upstream(patients);
        // baseline T-28 .. T-1 logged on 27 days (T-28 left empty), 12 headache days
        Diary.log(clock, patient, T.minusDays(27), 27, i -> i < 12 ? Api.headache(40, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, T, 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, T, 8));
        Diary.at(clock, T.plusDays(10), 18);
        int before = Kafka.ofType(Kafka.diaryEvents(patient, e -> false, java.time.Duration.ofSeconds(2)),
                EventTypes.PROGRESS_UPDATED).size();

        asPatient(patient).body(Api.headache(40, 5)).put(entryPath(patient, T.minusDays(28))).then().statusCode(201)
                .body("late", equalTo(true));

        ProgressUpdatedV1 current = Kafka.awaitExactly(patient, EventTypes.PROGRESS_UPDATED, before + 1).stream()
                .map(e -> e.as(ProgressUpdatedV1.class)).toList().get(before);
        assertThat(current.windowKind()).isEqualTo(WindowKind.CURRENT);
        assertThat(current.baseline().loggedDays()).isEqualTo(28);
        assertThat(current.baseline().headacheDays()).isEqualTo(13);
        assertThat(current.baseline().lateEntries()).isEqualTo(1);
        assertThat(current.baseline().headacheDaysPer28()).isEqualByComparingTo("13");
    }

    private List<ProgressUpdatedV1> checkpoints(int count) {
        return Kafka.checkpoints(patient, count);
    }
}
