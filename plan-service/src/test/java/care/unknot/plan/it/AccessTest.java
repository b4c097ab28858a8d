package care.unknot.plan.it;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyOrNullString;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Who sees what: a patient only its own plan (in plain words, its sessions in its own zone), partners nothing of plans,
 * clinicians everything; the insurer summary lists the visits delivered with their codes.
 */
@QuarkusTest
class AccessTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    private UUID patientId;
    private UUID planId;
    private LocalDateTime monday;

    @BeforeEach
    void activePlanWithTwoSessions() {
        Care care = new Care(new Upstream(rows));
        patientId = UUID.randomUUID();
        planId = care.activePlan(patientId, BERLIN, Therapists.onRoster());
        monday = Care.mondayAfter(LocalDate.ofInstant(TestClock.CLOCK.instant(), BERLIN));
        Care.booked(planId, monday);
        Care.booked(planId, monday.plusDays(3));
    }

    @Test
    void aPatientSeesItsOwnPlanInPlainWordsWithItsSessionsInItsZone() {
        Api.patient(patientId).get("/api/v1/patients/{id}/plan", patientId).then().statusCode(200)
                .body("planId", equalTo(planId.toString()))
                .body("summary", not(emptyOrNullString()))
                .body("upcomingSessions", hasSize(2))
                .body("upcomingSessions[0].localTime", equalTo("10:00"))
                .body("upcomingSessions[0].timeZone", equalTo("Europe/Berlin"))
                .body("homeProgram.spots.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("ifSymptomsWorsen", not(emptyOrNullString()));
    }

    @Test
    void aPatientSeesNoOtherPatientsPlan() {
        UUID other = UUID.randomUUID();
        Api.patient(other).get("/api/v1/patients/{id}/plan", patientId).then().statusCode(404)
                .contentType("application/problem+json");
        Api.patient(patientId).get("/api/v1/plans/{id}", planId).then().statusCode(403);
        Api.patient(patientId).get("/api/v1/plans/{id}/sessions", planId).then().statusCode(403);
    }

    @Test
    void partnersSeeNothingOfPlans() {
        Api.partner("clinic-1").get("/api/v1/plans/{id}", planId).then().statusCode(403)
                .contentType("application/problem+json");
        Api.partner("clinic-1").get("/api/v1/plans").then().statusCode(403);
        Api.partner("clinic-1").get("/api/v1/patients/{id}/plan", patientId).then().statusCode(403);
        Api.partner("clinic-1").get("/api/v1/plans/{id}/insurer-summary", planId).then().statusCode(403);
    }

    @Test
    void theInsurerSummaryListsDeliveredVisitsWithTheirCodes() {
        String etag = Api.admin().get("/api/v1/plans/{id}", planId).then().statusCode(200).extract().header("ETag");
        Api.therapist().header("If-Match", etag).body(java.util.Map.of("diagnosisCodes",
                java.util.List.of("G44.209", "M54.2"), "reason", "tension-type headache with cervicalgia"))
                .patch("/api/v1/plans/{id}", planId).then().statusCode(200);
        String first = Api.therapist().get("/api/v1/plans/{id}/sessions", planId).then().statusCode(200)
                .extract().path("items.find { it.number == 1 }.id");
        TestClock.CLOCK.set(monday.atZone(BERLIN).toInstant().plus(Duration.ofHours(1)));
        Care.record(UUID.fromString(first), Care.record()).statusCode(200);

        Api.admin().get("/api/v1/plans/{id}/insurer-summary", planId).then().statusCode(200)
                .body("diagnosisCodes", contains("G44.209", "M54.2"))
                .body("visits", hasSize(1))
                .body("visits[0].sessionNumber", equalTo(1))
                .body("visits[0].date", equalTo(monday.toLocalDate().toString()))
                .body("visits[0].procedureCodes", contains("97140", "97110"));
    }
}
