package care.unknot.diary.it;

import static care.unknot.diary.it.Api.asPatient;
import static care.unknot.diary.it.Api.entryPath;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import care.unknot.diary.repository.EntryRepository;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every invalid field is a 400 problem+json naming it, and nothing is written. */
@QuarkusTest
class BadInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    @Inject
    MutableClock clock;

    @Inject
    EntryRepository entries;

    private final UUID patient = UUID.randomUUID();

    @BeforeEach
    void noon() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            peak NRS 11        | {"headache": true, "episodes": [{"start": "09:00", "durationMinutes": 40, "peakNrs": 11}]} | peakNrs | yes
            peak NRS -1        | {"headache": true, "episodes": [{"start": "09:00", "durationMinutes": 40, "peakNrs": -1}]} | peakNrs | yes
            duration 0         | {"headache": true, "episodes": [{"start": "09:00", "durationMinutes": 0, "peakNrs": 5}]}   | durationMinutes | yes
            episode no start   | {"headache": true, "episodes": [{"durationMinutes": 40, "peakNrs": 5}]}                    | start | yes
            sleep 25 hours     | {"headache": false, "sleepHours": 25}                                                      | sleepHours | yes
            sleep quality 0    | {"headache": false, "sleepQuality": 0}                                                     | sleepQuality | yes
            sleep quality 6    | {"headache": false, "sleepQuality": 6}                                                     | sleepQuality | yes
            stress 11          | {"headache": false, "stress": 11}                                                          | stress | yes
            doses 0            | {"headache": false, "medications": [{"medicationClass": "TRIPTAN", "doses": 0}]}           | doses | yes
            no class           | {"headache": false, "medications": [{"doses": 1}]}                                         | medicationClass | yes
            unknown class      | {"headache": false, "medications": [{"medicationClass": "ASPIRIN", "doses": 1}]}           | medicationClass | yes
            exercise minutes 0 | {"headache": false, "exercises": {"spots": ["neck"], "minutes": 0}}                        | minutes | yes
            headache missing   | {"stress": 3}                                                                              | headache | yes
            yes without episode| {"headache": true}                                                                         | episodes | no
            no with an episode | {"headache": false, "episodes": [{"start": "09:00", "durationMinutes": 40, "peakNrs": 5}]} | episodes | no
            unknown red flag   | {"headache": false, "redFlags": ["HICCUPS"]}                                               | redFlags | yes
            unknown feature    | {"headache": true, "episodes": [{"start": "09:00", "durationMinutes": 40, "peakNrs": 5, "features": ["THROBBING"]}]} | features | yes
            start 25:00        | {"headache": true, "episodes": [{"start": "25:00", "durationMinutes": 40, "peakNrs": 5}]}  | start | yes
            null episode       | {"headache": true, "episodes": [null]}                                                     | episodes | yes
            """)
    void invalidFieldIs400NamingIt(String name, String body, String field, String violatesDocument) {
        asPatient(patient, violatesDocument.equals("yes")).body(body).put(entryPath(patient, TODAY)).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString(field)));
        asPatient(patient).get(entryPath(patient, TODAY)).then().statusCode(404);
    }

    @Test
    void malformedJsonIs400() {
        asPatient(patient, true).body("{\"headache\": tru").put(entryPath(patient, TODAY)).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void malformedDateIs400NamingIt() {
        asPatient(patient, true).body(Api.HEADACHE_FREE).put("/api/v1/patients/" + patient + "/diary/2026-13-01")
                .then().statusCode(400).body("violations[0].field", equalTo("date"));
    }

    @Test
    void futureDateIs400NamingIt() {
        asPatient(patient).body(Api.HEADACHE_FREE).put(entryPath(patient, TODAY.plusDays(1))).then()
                .statusCode(400).body("violations[0].field", equalTo("date"));
    }

    @Test
    void tamperedCursorIs400NamingAfter() {
        asPatient(patient).queryParam("from", "2026-03-01").queryParam("to", "2026-03-10")
                .queryParam("after", "!!!").get("/api/v1/patients/" + patient + "/diary").then().statusCode(400)
                .body("violations[0].field", equalTo("after"));
    }

    @Test
    void pageLimitOutOfRangeIs400NamingLimit() {
        asPatient(patient, true).queryParam("from", "2026-03-01").queryParam("to", "2026-03-10").queryParam("limit", 0)
                .get("/api/v1/patients/" + patient + "/diary").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", hasItem(containsString("limit")));
    }

    @Test
    void exportRangeBackwardsIs400NamingTo() {
        asPatient(patient).queryParam("from", "2026-03-10").queryParam("to", "2026-03-01")
                .get("/api/v1/patients/" + patient + "/diary-export").then().statusCode(400)
                .body("violations[0].field", equalTo("to"));
    }

    @Test
    void listWithoutRangeIs400NamingFrom() {
        asPatient(patient, true).get("/api/v1/patients/" + patient + "/diary").then().statusCode(400)
                .body("violations[0].field", equalTo("from"));
    }

    @Test
    void patientIdThatIsNoUuidIsAProblemNotA500() {
        asPatient(patient, true).get("/api/v1/patients/not-a-uuid/progress").then()
                .statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400), org.hamcrest.Matchers.is(404)))
                .contentType("application/problem+json");
    }
}
