package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asPatient;
import static care.unknot.diary.it.Api.asTherapist;
import static care.unknot.diary.it.Api.entryPath;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.AlertUrgency;
import care.unknot.events.diary.DiaryAlertRaisedV1;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.kit.security.Roles;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EntryResourceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String MIGRAINE = """
            {"headache": true,
             "episodes": [{"start": "14:30", "durationMinutes": 240, "peakNrs": 7,
                           "features": ["UNILATERAL", "PULSATING", "NAUSEA"], "locations": ["left temple"]}],
             "medications": [{"medicationClass": "SIMPLE_ANALGESIC", "name": "ibuprofen", "doses": 2}],
             "sleepHours": 6.5, "sleepQuality": 3, "stress": 6, "triggers": ["screen work"],
             "exercises": {"spots": ["upper trapezius"], "minutes": 10}, "heatOrColdUsed": true,
             "note": "long day"}""";

    @Inject
    MutableClock clock;

    private final UUID patient = UUID.randomUUID();

    @BeforeEach
    void noon() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
    }

    @Test
    void createThenSameBodyAgainIsOneEntryAndOneEvent() {
        asPatient(patient).body(MIGRAINE).put(entryPath(patient, TODAY)).then().statusCode(201)
                .header("Location", containsString("/diary/2026-03-10"))
                .header("ETag", equalTo("\"1\""))
                .body("classification.headacheDay", equalTo(true))
                .body("classification.migraineDay", equalTo(true))
                .body("classification.moderateSevereDay", equalTo(true))
                .body("classification.medicationClasses", hasItem("SIMPLE_ANALGESIC"))
                .body("guidance", nullValue());
        asPatient(patient).body(MIGRAINE).put(entryPath(patient, TODAY)).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));

        List<Kafka.Event> recorded = Kafka.awaitExactly(patient, EventTypes.DIARY_ENTRY_RECORDED, 1);
        assertThat(recorded).hasSize(1);
        DiaryEntryRecordedV1 payload = recorded.get(0).as(DiaryEntryRecordedV1.class);
        assertThat(payload.entryDate()).isEqualTo(TODAY);
        assertThat(payload.migraineDay()).isTrue();
        assertThat(recorded.get(0).payload()).doesNotContain("long day").doesNotContain("ibuprofen");
    }

    @Test
    void replacingWithAnotherBodyIsANewVersionAndEvent() {
        Api.put(patient, TODAY, MIGRAINE);
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY)).then().statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("classification.headacheDay", equalTo(false));
        assertThat(Kafka.awaitExactly(patient, EventTypes.DIARY_ENTRY_RECORDED, 2)).hasSize(2);
    }

    @Test
    void readOneWithItsETagAndStaleIfMatchIs412() {
        Api.put(patient, TODAY, MIGRAINE);
        asPatient(patient).get(entryPath(patient, TODAY)).then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("episodes[0].start", equalTo("14:30")).body("sleepHours", equalTo(6.5f));
        asPatient(patient).header("If-Match", "\"7\"").body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY))
                .then().statusCode(412).contentType("application/problem+json");
        asPatient(patient).header("If-Match", "\"1\"").body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY))
                .then().statusCode(200);
    }

    @Test
    void therapistReadsButCannotWrite() {
        Api.put(patient, TODAY, MIGRAINE);
        asTherapist().get(entryPath(patient, TODAY)).then().statusCode(200);
        asTherapist().body(MIGRAINE).put(entryPath(patient, TODAY)).then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void patientWritingAnotherPatientsDiaryGets404() {
        UUID other = UUID.randomUUID();
        asPatient(other).body(MIGRAINE).put(entryPath(patient, TODAY)).then().statusCode(404)
                .contentType("application/problem+json");
        asPatient(other).get(entryPath(patient, TODAY)).then().statusCode(404);
        asPatient(patient).get(entryPath(patient, TODAY)).then().statusCode(404);
    }

    @Test
    void anonymousCallsGet401() {
        given().contentType("application/json").body(MIGRAINE).put(entryPath(patient, TODAY)).then()
                .statusCode(401).contentType("application/problem+json");
    }

    @Test
    void deleteWithinTheWindowRemovesTheEntry() {
        Api.put(patient, TODAY, MIGRAINE);
        asPatient(patient).delete(entryPath(patient, TODAY)).then().statusCode(204);
        asPatient(patient).get(entryPath(patient, TODAY)).then().statusCode(404);
        asPatient(patient).body(MIGRAINE).put(entryPath(patient, TODAY)).then().statusCode(201)
                .header("ETag", equalTo("\"3\""));
    }

    @Test
    void emergencyRedFlagRaisesAnAlertAndTellsThePatientToSeekEmergencyCare() {
        String body = """
                {"headache": true, "episodes": [{"start": "08:00", "durationMinutes": 60, "peakNrs": 10}],
                 "redFlags": ["SUDDEN_WORST_HEADACHE"]}""";
        asPatient(patient).body(body).put(entryPath(patient, TODAY)).then().statusCode(201)
                .body("guidance.level", equalTo("EMERGENCY"))
                .body("guidance.message", containsString("emergency"));
        List<Kafka.Event> alerts = Kafka.awaitExactly(patient, EventTypes.DIARY_ALERT_RAISED, 1);
        assertThat(alerts).hasSize(1);
        DiaryAlertRaisedV1 alert = alerts.get(0).as(DiaryAlertRaisedV1.class);
        assertThat(alert.urgency()).isEqualTo(AlertUrgency.EMERGENCY);
        assertThat(alert.entryDate()).isEqualTo(TODAY);
    }

    @Test
    void dizzinessAfterTreatmentTellsThePatientToStopSelfTreatment() {
        String body = """
                {"headache": false, "redFlags": ["DIZZINESS_AFTER_TREATMENT"]}""";
        asPatient(patient).body(body).put(entryPath(patient, TODAY)).then().statusCode(201)
                .body("guidance.level", equalTo("SEEK_CARE"))
                .body("guidance.message", containsString("Stop self-treatment"));
        assertThat(Kafka.awaitExactly(patient, EventTypes.DIARY_ALERT_RAISED, 1).get(0)
                .as(DiaryAlertRaisedV1.class).urgency()).isEqualTo(AlertUrgency.URGENT);
    }

    @Test
    void listPagesThroughADateRangeWithACursor() {
        for (int i = 0; i < 5; i++) {
            Api.put(patient, TODAY.minusDays(i), Api.HEADACHE_FREE);
        }
        String next = asPatient(patient).queryParam("from", "2026-03-01").queryParam("to", "2026-03-10")
                .queryParam("limit", 3).get("/api/v1/patients/" + patient + "/diary").then().statusCode(200)
                .body("items", hasSize(3)).body("items[0].date", equalTo("2026-03-06"))
                .body("next", notNullValue()).extract().path("next");
        asPatient(patient).queryParam("from", "2026-03-01").queryParam("to", "2026-03-10")
                .queryParam("limit", 3).queryParam("after", next).get("/api/v1/patients/" + patient + "/diary")
                .then().statusCode(200).body("items", hasSize(2)).body("items[1].date", equalTo("2026-03-10"))
                .body("next", nullValue());
    }

    @Test
    void aPatientTokenThatAlsoCarriesAStaffRoleWritesOnlyItsOwnDiary() {
        UUID other = UUID.randomUUID();
        String token = care.unknot.local.LocalJwt.shared().token(Roles.PATIENT, other.toString(),
                java.util.Map.of("groups", List.of(Roles.PATIENT, Roles.THERAPIST)));
        given().auth().oauth2(token).contentType("application/json").body(MIGRAINE).put(entryPath(patient, TODAY))
                .then().statusCode(404).contentType("application/problem+json");
        Api.put(patient, TODAY, MIGRAINE);
        given().auth().oauth2(token).delete(entryPath(patient, TODAY)).then().statusCode(404);
        given().auth().oauth2(token).get(entryPath(patient, TODAY)).then().statusCode(200);
        given().auth().oauth2(token).contentType("application/json").body(MIGRAINE).put(entryPath(other, TODAY))
                .then().statusCode(201);
    }

    @Test
    void adminReadsAndPartnerIsForbidden() {
        Api.put(patient, TODAY, MIGRAINE);
        Api.as(Roles.ADMIN, UUID.randomUUID().toString()).get(entryPath(patient, TODAY)).then().statusCode(200);
        Api.as(Roles.ADMIN, UUID.randomUUID().toString()).body(MIGRAINE).put(entryPath(patient, TODAY)).then()
                .statusCode(403);
        String partner = care.unknot.local.LocalJwt.shared().partnerToken(UUID.randomUUID().toString(), "p-1");
        for (String path : List.of(entryPath(patient, TODAY), "/api/v1/patients/" + patient + "/progress",
                "/api/v1/patients/" + patient + "/summary")) {
            given().auth().oauth2(partner).get(path).then().statusCode(403)
                    .contentType("application/problem+json");
        }
    }
}
