package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import care.unknot.intake.domain.AnswersFixture;
import care.unknot.intake.domain.BodyRegion;
import care.unknot.intake.domain.ContraindicationAnswers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeApiTest {

    @Inject
    Rows rows;

    @Test
    void patientSubmitsOwnIntakeAndReadsItsStoredScreening() {
        UUID patientId = Api.registerPatient("Ida", "Self");
        AnswersFixture fixture = AnswersFixture.eligible();
        fixture.contraindications = new ContraindicationAnswers(false, false, false, false, Set.of(BodyRegion.JAW),
                Set.of(), false, false, false, false);
        fixture.muscles = new care.unknot.intake.domain.MuscleInvolvement(true, true, false, false);

        Response created = Api.submit(Api.patient(patientId), patientId, Api.answers(fixture));

        created.then().statusCode(201)
                .header("Location", containsString("/api/v1/intakes/"))
                .header("ETag", notNullValue())
                .body("status", equalTo("SCREENED"))
                .body("outcome", equalTo("ELIGIBLE_WITH_PRECAUTIONS"))
                .body("eligibleForPlan", equalTo(false))
                .body("screening.rules.id", contains("PR-FRACTURE"))
                .body("screening.rules[0].decisive", equalTo(true))
                .body("screening.rules[0].explanation", containsString("fracture"))
                .body("screening.precautions[0].regions", contains("JAW"))
                .body("screening.treatmentAreas", contains("SUBOCCIPITALS", "UPPER_TRAPEZIUS",
                        "STERNOCLEIDOMASTOID", "LEVATOR_SCAPULAE", "SCALENES"))
                .body("screening.profile.phenotype", equalTo("TENSION_TYPE_LIKE"))
                .body("screening.hit6.total", equalTo(56))
                .body("screening.hit6.band", equalTo("SUBSTANTIAL_IMPACT"))
                .body("screening.midas.grade", equalTo("I"))
                .body("screening.urgentGuidance", nullValue())
                .body("submittedBy", equalTo(patientId.toString()));

        String location = created.header("Location");
        Api.patient(patientId).get(location).then().statusCode(200)
                .body("screening.rules.id", contains("PR-FRACTURE"))
                .body("answers.history.headacheDaysPerMonth", contains(8, 8, 8));
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("AWAITING_REVIEW"));
    }

    @Test
    void therapistSubmitsOnBehalfAndUrgentScreeningCarriesGuidance() {
        UUID patientId = Api.registerPatient("Una", "Urgent");

        Api.submit(Api.therapist(), patientId, Api.answers(AnswersFixture.eligible().redFlag("RF-THUNDERCLAP")))
                .then().statusCode(201)
                .body("outcome", equalTo("URGENT_REFERRAL"))
                .body("screening.urgentGuidance", containsString("urgent medical care"))
                .body("screening.profile.phenotype", notNullValue());

        Api.therapist().get("/api/v1/patients/{id}", patientId).then().body("status", equalTo("URGENT_REFERRAL"));
    }

    @Test
    void patientsIntakesAreListedPageByPage() {
        UUID patientId = Api.registerPatient("Lis", "Pages");
        UUID first = Api.submitted(patientId, Api.answers());
        UUID second = Api.submitted(patientId, Api.answers());
        UUID third = Api.submitted(patientId, Api.answers());

        Response page1 = Api.patient(patientId).queryParam("limit", 2).get("/api/v1/patients/{id}/intakes", patientId);
        page1.then().statusCode(200).body("items", hasSize(2)).body("next", notNullValue());
        Response page2 = Api.patient(patientId).queryParam("limit", 2).queryParam("after", page1.<String>path("next"))
                .get("/api/v1/patients/{id}/intakes", patientId);
        page2.then().statusCode(200).body("items", hasSize(1)).body("next", nullValue());

        java.util.List<String> ids = new java.util.ArrayList<>(page1.path("items.id"));
        ids.addAll(page2.path("items.id"));
        assertThat(ids).containsExactlyInAnyOrder(first.toString(), second.toString(), third.toString());
    }

    @Test
    void retriedSubmitWithTheSameIdempotencyKeyCreatesOneIntake() {
        UUID patientId = Api.registerPatient("Rita", "Retry");
        String key = UUID.randomUUID().toString();
        String body = Api.answers().toString();

        Response first = Api.patient(patientId).header("Idempotency-Key", key).body(body)
                .post("/api/v1/patients/{id}/intakes", patientId);
        Response retry = Api.patient(patientId).header("Idempotency-Key", key).body(body)
                .post("/api/v1/patients/{id}/intakes", patientId);

        first.then().statusCode(201);
        retry.then().statusCode(201).header("Location", equalTo(first.header("Location")));
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        Api.patient(patientId).get("/api/v1/patients/{id}/intakes", patientId).then().body("items", hasSize(1));
    }

    @Test
    void intakeReadCarriesAnETagMatchingItsLocation() {
        UUID patientId = Api.registerPatient("Eta", "Tag");
        UUID intakeId = Api.submitted(patientId, Api.answers());

        Api.therapist().get("/api/v1/intakes/{id}", intakeId).then().statusCode(200)
                .header("ETag", endsWith("\"0\"")).body("id", equalTo(intakeId.toString()));
    }
}
