package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PatientApiTest {

    @Test
    void therapistRegistersAPatientWithLocation() {
        Response created = Api.therapist().body(Api.patientBody("Greta", "Garbo")).post("/api/v1/patients");

        created.then().statusCode(201).header("Location", containsString("/api/v1/patients/"))
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("REGISTERED"))
                .body("timeZone", equalTo("Europe/Berlin")).body("diaryReminderTime", equalTo("20:00:00"));
        Api.admin().get(created.header("Location")).then().statusCode(200).body("givenName", equalTo("Greta"));
    }

    @Test
    void patientUpdatesOwnSettingsWithIfMatch() {
        UUID patientId = Api.registerPatient("Up", "Date");
        Map<String, Object> body = new HashMap<>(Api.patientBody("Up", "Date"));
        body.put("timeZone", "America/New_York");
        body.put("locale", "en-US");
        body.put("diaryReminderTime", "21:15");

        Api.patient(patientId).body(body).put("/api/v1/patients/{id}", patientId).then().statusCode(428);
        Api.patient(patientId).header("If-Match", "\"0\"").body(body).put("/api/v1/patients/{id}", patientId)
                .then().statusCode(200).header("ETag", equalTo("\"1\""))
                .body("timeZone", equalTo("America/New_York")).body("diaryReminderTime", equalTo("21:15:00"));
        Api.patient(patientId).header("If-Match", "\"0\"").body(body).put("/api/v1/patients/{id}", patientId)
                .then().statusCode(412);
    }

    @Test
    void submittingAnIntakeChangesTheStatusButNotThePatientsETag() {
        UUID patientId = Api.registerPatient("Sta", "Tus");
        Api.submitted(patientId, Api.answers());

        Api.patient(patientId).get("/api/v1/patients/{id}", patientId).then()
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("AWAITING_REVIEW"));
        Api.patient(patientId).header("If-Match", "\"0\"").body(Api.patientBody("Sta", "Tus"))
                .put("/api/v1/patients/{id}", patientId).then().statusCode(200)
                .body("status", equalTo("AWAITING_REVIEW"));
    }

    @Test
    void patientCannotUpdateAnotherPatient() {
        UUID me = Api.registerPatient("Mo", "Me");
        UUID other = Api.registerPatient("Ot", "Her");

        Api.patient(me).header("If-Match", "\"0\"").body(Api.patientBody("X", "Y"))
                .put("/api/v1/patients/{id}", other).then().statusCode(404);
    }

    @Test
    void searchByNameAndStatusIsCursorPaged() {
        String family = "Zyx" + UUID.randomUUID().toString().substring(0, 8);
        UUID a = Api.registerPatient("Anna", family);
        UUID b = Api.registerPatient("Bert", family);
        UUID c = Api.registerPatient("Carl", family);
        Api.submitted(c, Api.answers());

        Response page1 = Api.therapist().queryParam("name", family.toLowerCase()).queryParam("limit", 2)
                .get("/api/v1/patients");
        page1.then().statusCode(200).body("items", hasSize(2));
        Response page2 = Api.therapist().queryParam("name", family).queryParam("limit", 2)
                .queryParam("after", page1.<String>path("next")).get("/api/v1/patients");
        page2.then().statusCode(200).body("items", hasSize(1)).body("next", equalTo(null));
        List<String> all = new java.util.ArrayList<>(page1.path("items.id"));
        all.addAll(page2.path("items.id"));
        assertThat(all).containsExactlyInAnyOrder(a.toString(), b.toString(), c.toString());

        Api.therapist().queryParam("name", "anna " + family).get("/api/v1/patients").then()
                .body("items.id", equalTo(List.of(a.toString())));
        Api.therapist().queryParam("name", family).queryParam("status", "AWAITING_REVIEW").get("/api/v1/patients")
                .then().body("items.id", equalTo(List.of(c.toString())));
    }

    @Test
    void badCursorAndUnknownStatusAreRejectedNamingTheParameter() {
        Api.therapist().queryParam("after", "not-a-cursor").get("/api/v1/patients").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("after"));
        Api.violating(Api.therapist()).queryParam("status", "HAPPY").get("/api/v1/patients").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("status"));
        Api.violating(Api.therapist()).queryParam("limit", 0).get("/api/v1/patients").then().statusCode(400)
                .body("violations.field", org.hamcrest.Matchers.hasItem("limit"));
    }

    @Test
    void consentsAreListedWithRevokedOnesKept() {
        UUID patientId = Api.registerPatient("Cons", "Ent");

        Api.patient(patientId).body("{\"partnerId\":\"partner-a\"}").post("/api/v1/patients/{id}/consents", patientId)
                .then().statusCode(201).header("Location", containsString("/consents/partner-a"));
        Api.patient(patientId).delete("/api/v1/patients/{id}/consents/partner-a", patientId).then().statusCode(204);
        Api.patient(patientId).delete("/api/v1/patients/{id}/consents/partner-a", patientId).then().statusCode(404);

        Api.patient(patientId).get("/api/v1/patients/{id}/consents", patientId).then().statusCode(200)
                .body("partnerId", equalTo(List.of("partner-a"))).body("active", equalTo(List.of(false)));
    }
}
