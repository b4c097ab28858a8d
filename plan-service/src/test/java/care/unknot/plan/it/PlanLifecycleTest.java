package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import care.unknot.events.EventTypes;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.PlanActivatedV1;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanPhase;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A plan from draft to activation and closing: reasons, ETag/If-Match, the events intake and diary consume. */
@QuarkusTest
class PlanLifecycleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    private Upstream upstream;
    private Care care;
    private UUID therapistId;

    @BeforeEach
    void setUp() {
        upstream = new Upstream(rows);
        care = new Care(upstream);
        therapistId = Therapists.onRoster();
    }

    @Test
    void aDraftShowsTheReasonOfEveryChoiceAndIsAdjustedOnlyWithItsCurrentETag() {
        UUID planId = upstream.draftedPlan(UUID.randomUUID(), BERLIN);
        String etag = Api.therapist().get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("DRAFT"))
                .body("draft.careMode.value", equalTo("CLINIC_LED"))
                .body("draft.careMode.reasons", notNullValue())
                .body("draft.treatmentAreas.find { it.area == 'SCALENES' }.status", equalTo("KEPT"))
                .extract().header("ETag");
        Map<String, Object> change = Map.of("removeAreas", java.util.List.of("SCALENES"),
                "diagnosisCodes", java.util.List.of("G44.209"), "reason", "Scalenes not involved on palpation");

        Api.therapist().body(change).patch("/api/v1/plans/{id}", planId).then().statusCode(428);
        Api.therapist().header("If-Match", "\"999\"").body(change).patch("/api/v1/plans/{id}", planId).then()
                .statusCode(412);
        String newEtag = Api.therapist().header("If-Match", etag).body(change).patch("/api/v1/plans/{id}", planId)
                .then().statusCode(200)
                .body("draft.treatmentAreas.find { it.area == 'SCALENES' }.status", equalTo("EXCLUDED"))
                .body("draft.treatmentAreas.find { it.area == 'SCALENES' }.reasons", hasItem("THERAPIST:REMOVED"))
                .body("adjustments.reason", hasItem("Scalenes not involved on palpation"))
                .body("diagnosisCodes", contains("G44.209"))
                .extract().header("ETag");
        assertThat(newEtag).isNotEqualTo(etag);
        Api.therapist().header("If-Match", etag).body(change).patch("/api/v1/plans/{id}", planId).then()
                .statusCode(412);
    }

    @Test
    void invalidAdjustmentsAre400NamingTheFieldAndChangeNothing() {
        UUID planId = upstream.draftedPlan(UUID.randomUUID(), BERLIN);
        String etag = Api.therapist().get("/api/v1/plans/{id}", planId).then().extract().header("ETag");
        String before = rows.snapshot();
        Api.violating(Api.therapist()).header("If-Match", etag).body(Map.of("sessionMinutes", 45))
                .patch("/api/v1/plans/{id}", planId).then().statusCode(400)
                .body("violations.field", contains("reason"));
        Api.violating(Api.therapist()).header("If-Match", etag)
                .body(Map.of("diagnosisCodes", java.util.List.of("headache"), "reason", "x"))
                .patch("/api/v1/plans/{id}", planId).then().statusCode(400)
                .body("violations.field", contains("diagnosisCodes[0]"));
        Api.violating(Api.therapist()).header("If-Match", etag).body(Map.of("sessionMinutes", 90, "reason", "x"))
                .patch("/api/v1/plans/{id}", planId).then().statusCode(400)
                .body("violations.field", contains("sessionMinutes"));
        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void activationPublishesPlanActivatedAndTheHomeProgramFromThePatientsLocalToday() {
        ZoneId auckland = ZoneId.of("Pacific/Auckland");
        UUID patientId = UUID.randomUUID();
        UUID planId = upstream.draftedPlan(patientId, auckland);
        // 12:30 UTC is already the next day in Auckland (UTC+12 or +13)
        Instant noonUtc = TestClock.CLOCK.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1))
                .plus(Duration.ofMinutes(12 * 60 + 30));
        TestClock.CLOCK.set(noonUtc);
        LocalDate aucklandToday = LocalDate.ofInstant(noonUtc, ZoneOffset.UTC).plusDays(1);

        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(409); // no therapist yet
        Care.assign(planId, therapistId).statusCode(200).body("therapistId", equalTo(therapistId.toString()));
        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(200)
                .body("status", equalTo("ACTIVE")).body("homeProgramAssignedOn", equalTo(aucklandToday.toString()));
        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(409);

        PlanActivatedV1 activated = Kafka.await(patientId, EventTypes.PLAN_ACTIVATED, 1).get(0)
                .as(PlanActivatedV1.class);
        assertThat(activated.planId()).isEqualTo(planId);
        assertThat(activated.therapistId()).isEqualTo(therapistId);
        assertThat(activated.therapistSubject()).isEqualTo(Therapists.subjectOf(therapistId)).isNotNull();
        assertThat(activated.phase()).isEqualTo(PlanPhase.FOCUSED);
        assertThat(activated.plannedSessionCount()).isEqualTo(8);
        HomeProgramAssignedV1 home = Kafka.await(patientId, EventTypes.HOME_PROGRAM_ASSIGNED, 1).get(0)
                .as(HomeProgramAssignedV1.class);
        assertThat(home.assignedOn()).isEqualTo(aucklandToday);
        assertThat(home.frequency()).isNotNull();
        assertThat(home.spots()).isNotEmpty();
    }

    @Test
    void activationWaitsForThePatientsTimeZone() {
        UUID patientId = UUID.randomUUID();
        UUID intakeId = UUID.randomUUID();
        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.eligible(intakeId, patientId));
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId,
                Upstream.reviewed(intakeId, patientId, ScreeningOutcome.ELIGIBLE, true, Instant.now()));
        UUID planId = upstream.planOfIntake(intakeId);
        Care.assign(planId, therapistId).statusCode(200);
        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("time zone"));

        upstream.send(EventTypes.PATIENT_REGISTERED, patientId, Upstream.registered(patientId, BERLIN));
        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(200);
    }

    @Test
    void closingWithAReasonPublishesPlanCompletedForTheReferralStatus() {
        UUID patientId = UUID.randomUUID();
        UUID planId = care.activePlan(patientId, BERLIN, therapistId);
        Api.violating(Api.therapist()).body(Map.of("reason", "BORED")).post("/api/v1/plans/{id}/closure", planId)
                .then().statusCode(400).body("violations.field", contains("reason"));
        Api.therapist().body(Map.of("reason", "REFERRED_TO_PHYSICIAN", "note", "new symptoms"))
                .post("/api/v1/plans/{id}/closure", planId).then().statusCode(200)
                .body("status", equalTo("CLOSED")).body("endReason", equalTo("REFERRED_TO_PHYSICIAN"));
        PlanCompletedV1 completed = Kafka.await(patientId, EventTypes.PLAN_COMPLETED, 1).get(0)
                .as(PlanCompletedV1.class);
        assertThat(completed.reason()).isEqualTo(PlanCompletionReason.REFERRED_TO_PHYSICIAN);
        assertThat(completed.completedAt()).isNotNull();
        Api.therapist().body(Map.of("reason", "WITHDRAWN")).post("/api/v1/plans/{id}/closure", planId).then()
                .statusCode(409);
    }
}
