package care.unknot.plan.it;

import static io.restassured.RestAssured.given;

import care.unknot.local.LocalJwt;
import care.unknot.local.testing.OpenApiValidation;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Callers with real signed tokens. */
final class Api {

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
}
