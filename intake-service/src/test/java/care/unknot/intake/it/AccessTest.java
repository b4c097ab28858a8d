package care.unknot.intake.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AccessTest {

    @Test
    void unauthenticatedRequestsGet401Problem() {
        UUID patientId = Api.registerPatient("Ann", "Onymous");

        given().get("/api/v1/patients/{id}", patientId).then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        given().contentType("application/json").body(Api.answers().toString())
                .post("/api/v1/patients/{id}/intakes", patientId).then().statusCode(401);
        given().get("/api/v1/referrals").then().statusCode(401);
    }

    @Test
    void forgedTokenIsRejected() {
        UUID patientId = Api.registerPatient("Fay", "Forged");

        given().auth().oauth2("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").get("/api/v1/patients/{id}", patientId)
                .then().statusCode(401);
    }

    @Test
    void patientCannotReadOrSubmitForAnotherPatient() {
        UUID me = Api.registerPatient("Mia", "Me");
        UUID other = Api.registerPatient("Otto", "Other");
        UUID othersIntake = Api.submitted(other, Api.answers());

        Api.patient(me).get("/api/v1/patients/{id}", other).then().statusCode(anyOf(is(403), is(404)));
        Api.patient(me).get("/api/v1/intakes/{id}", othersIntake).then().statusCode(anyOf(is(403), is(404)));
        Api.patient(me).get("/api/v1/patients/{id}/intakes", other).then().statusCode(anyOf(is(403), is(404)));
        Api.submit(Api.patient(me), other, Api.answers()).then().statusCode(anyOf(is(403), is(404)));
        Api.patient(me).get("/api/v1/patients/{id}", me).then().statusCode(200);
    }

    @Test
    void patientCannotUseStaffOperations() {
        UUID me = Api.registerPatient("Pat", "Staffless");
        UUID intakeId = Api.submitted(me, Api.answers());

        Api.patient(me).get("/api/v1/patients").then().statusCode(403)
                .contentType(startsWith("application/problem+json"));
        Api.patient(me).header("If-Match", "\"0\"").body("{\"decision\":\"ACCEPT\"}")
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(403);
        Api.patient(me).body(Api.patientBody("New", "Patient")).post("/api/v1/patients").then().statusCode(403);
    }

    @Test
    void partnerSeesOnlyPatientsItReferredOrWhoConsented() {
        UUID stranger = Api.registerPatient("Sam", "Stranger");
        String partner = "partner-" + UUID.randomUUID();

        Api.partner(partner).get("/api/v1/patients/{id}", stranger).then().statusCode(404)
                .contentType(startsWith("application/problem+json"));

        Api.patient(stranger).body("{\"partnerId\":\"" + partner + "\"}")
                .post("/api/v1/patients/{id}/consents", stranger).then().statusCode(201);
        Api.partner(partner).get("/api/v1/patients/{id}", stranger).then().statusCode(200)
                .body("id", equalTo(stranger.toString()));
        assertPartnerView(Api.partner(partner).get("/api/v1/patients/{id}", stranger));
        Api.partner(partner).get("/api/v1/patients/{id}", stranger).then()
                .body("status", equalTo("REGISTERED")).body("referrals", hasSize(0));
        Api.partner("partner-" + UUID.randomUUID()).get("/api/v1/patients/{id}", stranger).then().statusCode(404);

        Api.patient(stranger).delete("/api/v1/patients/{id}/consents/{partner}", stranger, partner)
                .then().statusCode(204);
        Api.partner(partner).get("/api/v1/patients/{id}", stranger).then().statusCode(404);
    }

    /** Least privilege: a partner sees ids and status, never identity, contact details or reminder preferences. */
    static void assertPartnerView(io.restassured.response.Response response) {
        response.then().statusCode(200).header("ETag", nullValue())
                .body("keySet()", containsInAnyOrder("id", "status", "referrals"));
    }

    @Test
    void staffAndThePatientKeepTheFullView() {
        UUID patientId = Api.registerPatient("Full", "View");
        String partner = "partner-" + UUID.randomUUID();
        Api.patient(patientId).body("{\"partnerId\":\"" + partner + "\"}")
                .post("/api/v1/patients/{id}/consents", patientId).then().statusCode(201);

        for (var caller : java.util.List.of(Api.therapist(), Api.admin(), Api.patient(patientId))) {
            caller.get("/api/v1/patients/{id}", patientId).then().statusCode(200).header("ETag", notNullValue())
                    .body("givenName", equalTo("Full")).body("email", equalTo("someone@example.org"))
                    .body("timeZone", equalTo("Europe/Berlin")).body("diaryReminderTime", notNullValue());
        }
        assertPartnerView(Api.partner(partner).get("/api/v1/patients/{id}", patientId));
    }

    @Test
    void aTokenWithPatientAndStaffRolesConsentsOnlyForItsOwnPatient() {
        UUID self = Api.registerPatient("Self", "Staff");
        UUID other = Api.registerPatient("Other", "Patient");
        String partner = "partner-" + UUID.randomUUID();
        var both = java.util.Map.<String, Object>of("groups", java.util.Set.of("patient", "therapist"));
        java.util.function.Supplier<io.restassured.specification.RequestSpecification> patientAndTherapist = () ->
                io.restassured.RestAssured.given().auth().oauth2(care.unknot.local.LocalJwt.shared()
                        .token("patient", self.toString(), both)).contentType(io.restassured.http.ContentType.JSON);

        patientAndTherapist.get().body("{\"partnerId\":\"" + partner + "\"}")
                .post("/api/v1/patients/{id}/consents", other).then().statusCode(404);
        Api.patient(other).body("{\"partnerId\":\"" + partner + "\"}")
                .post("/api/v1/patients/{id}/consents", other).then().statusCode(201);
        patientAndTherapist.get().delete("/api/v1/patients/{id}/consents/{partner}", other, partner)
                .then().statusCode(404);
        Api.therapist().get("/api/v1/patients/{id}/consents", other).then().statusCode(200)
                .body("active", org.hamcrest.Matchers.contains(true));

        patientAndTherapist.get().body("{\"partnerId\":\"" + partner + "\"}")
                .post("/api/v1/patients/{id}/consents", self).then().statusCode(201);
    }

    @Test
    void aTokenMintedForAnotherServiceIs401() {
        UUID patientId = Api.registerPatient("Aud", "Ience");
        for (Object audience : new Object[] {"diary-service", java.util.List.of("plan-service", "other-api")}) {
            io.restassured.RestAssured.given().auth().oauth2(care.unknot.local.LocalJwt.shared()
                            .token("therapist", "therapist-aud", java.util.Map.of("aud", audience)))
                    .get("/api/v1/patients/{id}", patientId).then().statusCode(401);
        }
        Api.therapist().get("/api/v1/patients/{id}", patientId).then().statusCode(200);
    }

    @Test
    void theWebClientsOriginMayCallCrossOriginAndOthersMayNot() {
        io.restassured.RestAssured.given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/patients").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Headers", org.hamcrest.Matchers.containsStringIgnoringCase("Idempotency-Key"));
        Api.therapist().header("Origin", "http://localhost:3000").get("/api/v1/patients/{id}", UUID.randomUUID())
                .then().header("Access-Control-Expose-Headers", org.hamcrest.Matchers.containsString("ETag"));
        io.restassured.RestAssured.given().header("Origin", "https://elsewhere.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/patients").then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void partnerCannotReadIntakesOrSubmit() {
        UUID patientId = Api.registerPatient("Pia", "Private");
        UUID intakeId = Api.submitted(patientId, Api.answers());

        Api.partner("partner-x").get("/api/v1/intakes/{id}", intakeId).then().statusCode(403);
        Api.submit(Api.partner("partner-x"), patientId, Api.answers()).then().statusCode(403);
    }

    @Test
    void patientCannotConsentOnAnotherPatientsBehalf() {
        UUID me = Api.registerPatient("Con", "Sent");
        UUID other = Api.registerPatient("Not", "Mine");

        Api.patient(me).body("{\"partnerId\":\"partner-y\"}").post("/api/v1/patients/{id}/consents", other)
                .then().statusCode(404);
    }
}
