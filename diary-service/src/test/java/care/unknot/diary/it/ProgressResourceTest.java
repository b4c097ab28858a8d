package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asPatient;
import static care.unknot.diary.it.Api.asTherapist;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressResourceTest {

    private static final LocalDate FIRST = LocalDate.of(2026, 9, 1);

    @Inject
    MutableClock clock;

    @Inject
    PatientRepository patients;

    private final UUID patient = UUID.randomUUID();

    private String progressPath() {
        return "/api/v1/patients/" + patient + "/progress";
    }

    @Test
    void beforeTreatmentTheCurrentWindowIsAProvisionalBaseline() {
        Diary.log(clock, patient, FIRST, 28, i -> i < 7 ? Api.headache(60, 6) : Api.HEADACHE_FREE);
        Diary.at(clock, FIRST.plusDays(28), 9);
        asTherapist().get(progressPath()).then().statusCode(200)
                .body("treatmentStarted", equalTo(false)).body("status", equalTo("TREATMENT_NOT_STARTED"))
                .body("baseline.kind", equalTo("PROVISIONAL")).body("baseline.headacheDays", equalTo(7.0f))
                .body("current.responderClass", equalTo("INSUFFICIENT_DATA"))
                .body("current.meanPeakNrs", equalTo(6.0f))
                .body("current.moh.thresholdMet", equalTo(false));
    }

    @Test
    void unusableWindowShowsRawCountsOnly() {
        Diary.log(clock, patient, FIRST, 19, i -> i < 3 ? Api.headache(60, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, FIRST.plusDays(28), 9);
        asPatient(patient).get(progressPath()).then().statusCode(200)
                .body("current.loggedDays", equalTo(19)).body("current.usable", equalTo(false))
                .body("current.raw.headacheDays", equalTo(3)).body("current.normalised", nullValue())
                .body("current.moh", nullValue()).body("current.reductionPercent", nullValue())
                .body("current.adherencePercent", nullValue());
    }

    @Test
    void adherenceCountsExercisesFromTheAssignmentDate() {
        Diary.at(clock, FIRST, 8);
        new Upstream(patients).send(Topics.PLAN, EventTypes.HOME_PROGRAM_ASSIGNED, patient,
                Upstream.homeProgram(patient, FIRST.plusDays(20), HomeProgramFrequency.DAILY));
        String exercised = """
                {"headache": false, "exercises": {"spots": ["suboccipitals"], "minutes": 5}}""";
        Diary.log(clock, patient, FIRST, 28, i -> i % 2 == 0 ? exercised : Api.HEADACHE_FREE);
        Diary.at(clock, FIRST.plusDays(28), 9);
        // prescribed days 20..27 = 8; exercised on 20, 22, 24, 26 = 4: 50 %
        asPatient(patient).get(progressPath()).then().statusCode(200)
                .body("current.adherencePercent", equalTo(50.0f));
    }

    @Test
    void currentProgressIsPublishedOnlyWhenTheCurrentWindowChanges() {
        Diary.at(clock, FIRST.plusDays(1), 9);
        Api.put(patient, FIRST, Api.headache(60, 5));
        Api.put(patient, FIRST, Api.headache(60, 5));
        Api.put(patient, FIRST.plusDays(1), Api.HEADACHE_FREE);
        java.util.List<Kafka.Event> updates = Kafka.awaitExactly(patient, EventTypes.PROGRESS_UPDATED, 1);
        org.assertj.core.api.Assertions.assertThat(updates).hasSize(1);
        care.unknot.events.diary.ProgressUpdatedV1 current = updates.get(0)
                .as(care.unknot.events.diary.ProgressUpdatedV1.class);
        org.assertj.core.api.Assertions.assertThat(current.windowKind())
                .isEqualTo(care.unknot.events.diary.WindowKind.CURRENT);
        org.assertj.core.api.Assertions.assertThat(current.loggedDays()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThat(current.treatmentStarted()).isFalse();
    }

    @Test
    void anotherPatientCannotReadProgress() {
        asPatient(UUID.randomUUID()).get(progressPath()).then().statusCode(404);
    }

    @Test
    void csvExportHasAHeaderAndOneQuotedRowPerEntry() {
        String body = """
                {"headache": false, "note": "tired, \\"stiff\\" neck", "triggers": ["=cmd"]}""";
        Diary.log(clock, patient, FIRST, 2, i -> i == 0 ? body : Api.medicationOnly("TRIPTAN"));
        asTherapist().queryParam("from", FIRST.toString()).queryParam("to", FIRST.plusDays(5).toString())
                .get("/api/v1/patients/" + patient + "/diary-export").then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .body(startsWith("date,headache,episodes"))
                .body(containsString("\"tired, \"\"stiff\"\" neck\""))
                .body(containsString("'=cmd"))
                .body(containsString("2026-09-02,false,0,,,true,true,false,true,TRIPTAN,1"));
    }

    @Test
    void summaryListsRedFlagAlerts() {
        Diary.at(clock, FIRST, 8);
        Api.put(patient, FIRST, """
                {"headache": false, "redFlags": ["VISION_LOSS"]}""");
        asTherapist().get("/api/v1/patients/" + patient + "/summary").then().statusCode(200)
                .body("alerts.kind", hasItem("RED_FLAG")).body("alerts[0].codes", hasItem("VISION_LOSS"))
                .body("progress.status", equalTo("TREATMENT_NOT_STARTED"));
    }
}
