package care.unknot.diary.it;

import static io.restassured.RestAssured.given;

import care.unknot.kit.security.Roles;
import care.unknot.local.LocalJwt;
import care.unknot.local.testing.OpenApiValidation;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.UUID;

/** REST calls with real signed tokens. */
final class Api {

    private Api() {
    }

    static RequestSpecification asPatient(UUID patientId) {
        return as(Roles.PATIENT, patientId.toString());
    }

    /** A patient call that, when {@code violatesDocument}, sends a request the OpenAPI document forbids. */
    static RequestSpecification asPatient(UUID patientId, boolean violatesDocument) {
        RequestSpecification spec = asPatient(patientId);
        return violatesDocument ? spec.filter(OpenApiValidation.violatesDocument()) : spec;
    }

    static RequestSpecification asTherapist() {
        return as(Roles.THERAPIST, UUID.randomUUID().toString());
    }

    static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(LocalJwt.shared().token(role, subject)).contentType(ContentType.JSON)
                .log().ifValidationFails();
    }

    static String entryPath(UUID patientId, LocalDate date) {
        return "/api/v1/patients/" + patientId + "/diary/" + date;
    }

    static final String HEADACHE_FREE = """
            {"headache": false}""";

    static String headache(int minutes, int nrs) {
        return """
                {"headache": true, "episodes": [{"start": "09:00", "durationMinutes": %d, "peakNrs": %d}]}"""
                .formatted(minutes, nrs);
    }

    static String medicationOnly(String medicationClass) {
        return """
                {"headache": false, "medications": [{"medicationClass": "%s", "name": "x", "doses": 1}]}"""
                .formatted(medicationClass);
    }

    static void put(UUID patientId, LocalDate date, String body) {
        asPatient(patientId).body(body).put(entryPath(patientId, date)).then().statusCode(org.hamcrest.Matchers
                .anyOf(org.hamcrest.Matchers.is(200), org.hamcrest.Matchers.is(201)));
    }
}
