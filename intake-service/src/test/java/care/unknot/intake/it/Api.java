package care.unknot.intake.it;

import static io.restassured.RestAssured.given;

import care.unknot.intake.domain.AnswersFixture;
import care.unknot.local.LocalJwt;
import care.unknot.local.testing.OpenApiValidation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

/** Callers with real signed tokens, and request bodies, for the intake API. */
final class Api {

    static final ObjectMapper JSON = new ObjectMapper();

    private Api() {
    }

    static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(LocalJwt.shared().token(role, subject)).contentType(ContentType.JSON);
    }

    static RequestSpecification therapist() {
        return as("therapist", "therapist-" + UUID.randomUUID());
    }

    static RequestSpecification admin() {
        return as("admin", "admin-1");
    }

    static RequestSpecification patient(UUID patientId) {
        return as("patient", patientId.toString());
    }

    static RequestSpecification partner(String partnerId) {
        return given().auth().oauth2(LocalJwt.shared().partnerToken("user-of-" + partnerId, partnerId))
                .contentType(ContentType.JSON);
    }

    /** The call sends a request the OpenAPI document forbids (on purpose): its response is still checked. */
    static RequestSpecification violating(RequestSpecification caller) {
        return caller.filter(OpenApiValidation.violatesDocument());
    }

    static Map<String, Object> patientBody(String givenName, String familyName) {
        return Map.of("givenName", givenName, "familyName", familyName, "email", "someone@example.org",
                "timeZone", "Europe/Berlin", "locale", "de-DE", "diaryReminderTime", "20:00",
                "homeProgramReminderTime", "07:30");
    }

    static UUID registerPatient(String givenName, String familyName) {
        String id = therapist().body(patientBody(givenName, familyName)).post("/api/v1/patients")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Answers that screen ELIGIBLE, as JSON a test may change. */
    static ObjectNode answers() {
        return answers(AnswersFixture.eligible());
    }

    static ObjectNode answers(AnswersFixture fixture) {
        return JSON.valueToTree(fixture.build());
    }

    static Response submit(RequestSpecification caller, UUID patientId, Object answers) {
        return caller.body(answers instanceof ObjectNode node ? node.toString() : answers)
                .post("/api/v1/patients/{id}/intakes", patientId);
    }

    static UUID submitted(UUID patientId, ObjectNode answers) {
        String id = submit(therapist(), patientId, answers).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }
}
