package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asPatient;
import static care.unknot.diary.it.Api.entryPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Local dates come from the patient's time zone (patient.registered) and the injected clock. */
@QuarkusTest
class TimeZoneTest {

    @Inject
    MutableClock clock;

    @Inject
    PatientRepository patients;

    private final UUID patient = UUID.randomUUID();

    private void nowLocal(String localDateTime, ZoneId zone) {
        clock.set(LocalDateTime.parse(localDateTime).atZone(zone).toInstant());
    }

    private ZoneId registeredIn(String zone) {
        ZoneId id = ZoneId.of(zone);
        new Upstream(patients).registered(patient, id);
        assertThat(patients.find(patient).orElseThrow().zone()).isEqualTo(id);
        return id;
    }

    @Test
    void entryAt2330InHonoluluLandsOnTheLocalDateThoughUtcIsTheNextDay() {
        ZoneId honolulu = registeredIn("Pacific/Honolulu");
        nowLocal("2026-03-10T23:30", honolulu);
        assertThat(clock.instant().toString()).startsWith("2026-03-11");
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, LocalDate.of(2026, 3, 10))).then()
                .statusCode(201);
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, LocalDate.of(2026, 3, 11))).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
        asPatient(patient).get("/api/v1/patients/" + patient + "/progress").then().statusCode(200)
                .body("today", equalTo("2026-03-10"));
    }

    @Test
    void entryAt2330InAucklandLandsOnTheLocalDate() {
        ZoneId auckland = registeredIn("Pacific/Auckland");
        nowLocal("2026-03-10T23:30", auckland);
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, LocalDate.of(2026, 3, 10))).then()
                .statusCode(201);
        nowLocal("2026-03-11T00:30", auckland);
        assertThat(clock.instant().toString()).startsWith("2026-03-10");
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, LocalDate.of(2026, 3, 11))).then()
                .statusCode(201);
    }

    @Test
    void editWindowIsMeasuredInThePatientsZoneAcrossTheSpringDstChange() {
        ZoneId berlin = registeredIn("Europe/Berlin");
        LocalDate date = LocalDate.of(2026, 3, 25);
        nowLocal("2026-03-25T20:00", berlin);
        Api.put(patient, date, Api.HEADACHE_FREE);
        nowLocal("2026-04-01T23:59", berlin);
        assertThat(clock.instant().toString()).startsWith("2026-04-01T21:59");
        asPatient(patient).body(Api.headache(45, 5)).put(entryPath(patient, date)).then().statusCode(200);
        nowLocal("2026-04-02T00:00", berlin);
        assertThat(clock.instant().toString()).startsWith("2026-04-01T22:00");
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, date)).then().statusCode(409)
                .contentType("application/problem+json").body("detail", containsString("7 days"));
        asPatient(patient).delete(entryPath(patient, date)).then().statusCode(409);
    }

    @Test
    void entryOnTheShortSpringDayKeepsAnEpisodeInTheSkippedHour() {
        ZoneId berlin = registeredIn("Europe/Berlin");
        nowLocal("2026-03-29T23:30", berlin);
        String body = """
                {"headache": true, "episodes": [{"start": "02:30", "durationMinutes": 45, "peakNrs": 4}]}""";
        asPatient(patient).body(body).put(entryPath(patient, LocalDate.of(2026, 3, 29))).then().statusCode(201)
                .body("episodes[0].start", equalTo("02:30")).body("classification.moderateSevereDay", equalTo(true));
    }

    @Test
    void entryAt2330OnTheLongAutumnDayLandsOnThatDay() {
        ZoneId berlin = registeredIn("Europe/Berlin");
        nowLocal("2026-10-25T23:30", berlin);
        assertThat(clock.instant().toString()).startsWith("2026-10-25T22:30");
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, LocalDate.of(2026, 10, 25))).then()
                .statusCode(201);
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, LocalDate.of(2026, 10, 26))).then()
                .statusCode(400);
    }

    @Test
    void windowAcrossADstChangeHas28LocalDays() {
        ZoneId berlin = registeredIn("Europe/Berlin");
        LocalDate first = LocalDate.of(2026, 3, 15);
        for (int i = 0; i < 28; i++) {
            nowLocal(first.plusDays(i) + "T21:00", berlin);
            Api.put(patient, first.plusDays(i), i < 7 ? Api.headache(60, 5) : Api.HEADACHE_FREE);
        }
        nowLocal("2026-04-12T00:10", berlin);
        asPatient(patient).get("/api/v1/patients/" + patient + "/progress").then().statusCode(200)
                .body("current.start", equalTo("2026-03-15")).body("current.end", equalTo("2026-04-11"))
                .body("current.loggedDays", equalTo(28)).body("current.usable", equalTo(true))
                .body("current.normalised.headacheDays", equalTo(7.0f));
    }
}
