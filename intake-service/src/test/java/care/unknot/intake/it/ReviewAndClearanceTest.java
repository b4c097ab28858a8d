package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import care.unknot.intake.domain.AnswersFixture;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewAndClearanceTest {

    private static final String OVERRIDE = """
            {"decision": "OVERRIDE", "outcome": "NEEDS_MEDICAL_CLEARANCE", "reason": "%s"}""";

    @Inject
    Rows rows;

    private static String etagOf(UUID intakeId) {
        return Api.therapist().get("/api/v1/intakes/{id}", intakeId).then().statusCode(200).extract().header("ETag");
    }

    @Test
    void acceptingMakesAnEligibleIntakeReviewedAndEligibleForPlan() {
        UUID patientId = Api.registerPatient("Acc", "Epted");
        UUID intakeId = Api.submitted(patientId, Api.answers());

        Api.as("therapist", "therapist-anna").header("If-Match", etagOf(intakeId)).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200)
                .body("status", equalTo("REVIEWED")).body("outcome", equalTo("ELIGIBLE"))
                .body("eligibleForPlan", equalTo(true)).body("reviewedBy", equalTo("therapist-anna"));

        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void overrideIsAuditedWithWhoWhenAndWhyAndKeepsTheScreenedOutcome() {
        UUID patientId = Api.registerPatient("Ove", "Ride");
        UUID intakeId = Api.submitted(patientId, Api.answers());

        Api.as("therapist", "therapist-ben").header("If-Match", etagOf(intakeId))
                .body(OVERRIDE.formatted("Blood pressure high in clinic")).post("/api/v1/intakes/{id}/review", intakeId)
                .then().statusCode(200)
                .body("outcome", equalTo("NEEDS_MEDICAL_CLEARANCE"))
                .body("screening.outcome", equalTo("ELIGIBLE"))
                .body("eligibleForPlan", equalTo(false));

        Api.admin().get("/api/v1/intakes/{id}/reviews", intakeId).then().statusCode(200)
                .body("", hasSize(1))
                .body("[0].reviewerId", equalTo("therapist-ben"))
                .body("[0].decision", equalTo("OVERRIDE"))
                .body("[0].outcomeBefore", equalTo("ELIGIBLE"))
                .body("[0].outcomeAfter", equalTo("NEEDS_MEDICAL_CLEARANCE"))
                .body("[0].reason", equalTo("Blood pressure high in clinic"))
                .body("[0].reviewedAt", equalTo("2026-03-10T12:00:00Z"));
    }

    @Test
    void overrideWithoutAReasonIsRejectedAndChangesNothing() {
        UUID patientId = Api.registerPatient("No", "Reason");
        UUID intakeId = Api.submitted(patientId, Api.answers());
        String before = rows.snapshot();

        Api.therapist().header("If-Match", etagOf(intakeId)).body(OVERRIDE.formatted(" "))
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(400)
                .body("violations.field", hasItem("reason"));
        Api.therapist().header("If-Match", etagOf(intakeId)).body("{\"decision\":\"OVERRIDE\",\"reason\":\"x\"}")
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(400)
                .body("violations.field", hasItem("outcome"));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void overrideWithoutIfMatchGets428AndWithAStaleOneGets412() {
        UUID patientId = Api.registerPatient("If", "Match");
        UUID intakeId = Api.submitted(patientId, Api.answers());
        String stale = etagOf(intakeId);
        Api.therapist().header("If-Match", stale).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200);

        Api.therapist().body(OVERRIDE.formatted("late")).post("/api/v1/intakes/{id}/review", intakeId)
                .then().statusCode(428);
        Api.therapist().header("If-Match", stale).body(OVERRIDE.formatted("late"))
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(412);
    }

    @Test
    void twoTherapistsOverridingConcurrentlyOneWinsTheOtherGets412() throws Exception {
        UUID patientId = Api.registerPatient("Con", "Current");
        UUID intakeId = Api.submitted(patientId, Api.answers());
        String etag = etagOf(intakeId);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Integer>> overrides = List.of("therapist-a", "therapist-b").stream()
                .map(who -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return Api.as("therapist", who).header("If-Match", etag).body(OVERRIDE.formatted("by " + who))
                            .post("/api/v1/intakes/{id}/review", intakeId).statusCode();
                }))
                .toList();
        start.countDown();

        List<Integer> statuses = overrides.stream().map(CompletableFuture::join).sorted().toList();
        assertThat(statuses).containsExactly(200, 412);
        Api.admin().get("/api/v1/intakes/{id}/reviews", intakeId).then().body("", hasSize(1));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void clearanceMakesANeedsClearanceIntakeEligible() {
        UUID patientId = Api.registerPatient("Cle", "Ared");
        UUID intakeId = Api.submitted(patientId, Api.answers(AnswersFixture.eligible().redFlag("RF-PREGNANCY")));
        Api.therapist().header("If-Match", etagOf(intakeId)).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200)
                .body("outcome", equalTo("NEEDS_MEDICAL_CLEARANCE")).body("eligibleForPlan", equalTo(false));
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("AWAITING_CLEARANCE"));

        Response recorded = Api.as("therapist", "therapist-cleo").body("""
                {"clinicianName": "Dr. Lena Vogt", "clearedOn": "2026-03-09", "scope": "FULL",
                 "documentReference": "OB-LETTER-17"}""").post("/api/v1/intakes/{id}/clearance", intakeId);

        recorded.then().statusCode(201).header("Location", notNullValue())
                .body("clinicianName", equalTo("Dr. Lena Vogt")).body("recordedBy", equalTo("therapist-cleo"));
        Api.therapist().get(recorded.header("Location")).then().statusCode(200)
                .body("documentReference", equalTo("OB-LETTER-17"));
        Api.therapist().get("/api/v1/intakes/{id}", intakeId).then()
                .body("outcome", equalTo("ELIGIBLE")).body("eligibleForPlan", equalTo(true))
                .body("screening.outcome", equalTo("NEEDS_MEDICAL_CLEARANCE"))
                .body("screening.rules.id", contains("RF-PREGNANCY"));
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("ELIGIBLE"));
    }

    @Test
    void anIntakeOverriddenBackToNeedsClearanceTakesANewClearanceAndKeepsTheEarlierOne() {
        UUID patientId = Api.registerPatient("Re", "Cleared");
        UUID intakeId = Api.submitted(patientId, Api.answers(AnswersFixture.eligible().redFlag("RF-PREGNANCY")));
        Api.therapist().header("If-Match", etagOf(intakeId)).body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200);
        String first = Api.therapist().body("""
                {"clinicianName": "Dr. First", "clearedOn": "2026-03-08", "scope": "FULL", "documentReference": "D-A"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(201).extract().path("id");
        Api.therapist().header("If-Match", etagOf(intakeId)).body(OVERRIDE.formatted("New symptoms since the letter"))
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200)
                .body("outcome", equalTo("NEEDS_MEDICAL_CLEARANCE")).body("eligibleForPlan", equalTo(false));
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("AWAITING_CLEARANCE"));

        String second = Api.therapist().body("""
                {"clinicianName": "Dr. Second", "clearedOn": "2026-03-09", "scope": "FULL", "documentReference": "D-B"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(201).extract().path("id");

        Api.therapist().get("/api/v1/intakes/{id}", intakeId).then()
                .body("outcome", equalTo("ELIGIBLE")).body("eligibleForPlan", equalTo(true));
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("ELIGIBLE"));
        Api.therapist().get("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(200)
                .body("id", equalTo(second)).body("documentReference", equalTo("D-B"));
        Api.admin().get("/api/v1/intakes/{id}/clearances", intakeId).then().statusCode(200)
                .body("id", contains(first, second)).body("documentReference", contains("D-A", "D-B"));
        // the outcome in force no longer needs one: a third is refused as before
        Api.therapist().body("""
                {"clinicianName": "Dr. Third", "clearedOn": "2026-03-09", "scope": "FULL", "documentReference": "D-C"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(409);
        Api.patient(patientId).get("/api/v1/intakes/{id}/clearances", intakeId).then().statusCode(403);
    }

    @Test
    void clearanceIsRefusedForAnIntakeThatDoesNotNeedOne() {
        UUID patientId = Api.registerPatient("Not", "Needed");
        UUID intakeId = Api.submitted(patientId, Api.answers());
        String before = rows.snapshot();

        Api.therapist().body("""
                {"clinicianName": "Dr. X", "clearedOn": "2026-03-09", "scope": "FULL", "documentReference": "D-1"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(409);

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void clearanceWithRestrictionsKeepsThoseNamedPrecautionsInForce() {
        UUID patientId = Api.registerPatient("Res", "Tricted");
        UUID intakeId = Api.submitted(patientId, Api.answers(AnswersFixture.eligible().redFlag("RF-IMMUNE")));

        Api.therapist().body("""
                {"clinicianName": "Dr. X", "clearedOn": "2026-03-09", "scope": "WITH_RESTRICTIONS",
                 "restrictedRuleIds": ["PR-ANTICOAGULANT"], "documentReference": "D-2"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(201);

        Api.therapist().get("/api/v1/intakes/{id}", intakeId).then()
                .body("outcome", equalTo("ELIGIBLE_WITH_PRECAUTIONS")).body("eligibleForPlan", equalTo(false));
    }

    @Test
    void clearanceRestrictionsMustNamePrecautionsAndStoreNothingOtherwise() {
        UUID patientId = Api.registerPatient("Unk", "Nown");
        UUID intakeId = Api.submitted(patientId, Api.answers(AnswersFixture.eligible().redFlag("RF-IMMUNE")));
        String before = rows.snapshot();

        Api.therapist().body("""
                {"clinicianName": "Dr. X", "clearedOn": "2026-03-09", "scope": "WITH_RESTRICTIONS",
                 "restrictedRuleIds": ["PR-BP", "PR-NO-SUCH-RULE"], "documentReference": "D-3"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(400)
                .body("violations.field", hasItem("restrictedRuleIds[1]"));
        Api.therapist().body("""
                {"clinicianName": "Dr. X", "clearedOn": "2026-03-09", "scope": "WITH_RESTRICTIONS",
                 "documentReference": "D-3"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(400)
                .body("violations.field", hasItem("restrictedRuleIds"));

        assertThat(rows.snapshot()).isEqualTo(before);
        Api.therapist().get("/api/v1/intakes/{id}", intakeId).then()
                .body("outcome", equalTo("NEEDS_MEDICAL_CLEARANCE"));
    }

    @Test
    void clearanceDatedInTheFutureIsRejectedNamingTheField() {
        UUID patientId = Api.registerPatient("Fu", "Ture");
        UUID intakeId = Api.submitted(patientId, Api.answers(AnswersFixture.eligible().redFlag("RF-TRAUMA")));

        Api.therapist().body("""
                {"clinicianName": "Dr. X", "clearedOn": "2026-04-01", "scope": "FULL", "documentReference": "D-1"}""")
                .post("/api/v1/intakes/{id}/clearance", intakeId).then().statusCode(400)
                .body("violations.field", hasItem("clearedOn"));
    }
}
