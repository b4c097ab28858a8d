package care.unknot.plan.therapist;

import static io.restassured.RestAssured.given;

import care.unknot.local.LocalJwt;
import care.unknot.local.testing.OpenApiValidation;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Callers with real signed tokens, and request bodies, for the therapist roster. */
final class TherapistApi {

    static final String PATH = "/api/v1/therapists";

    private TherapistApi() {
    }

    static RequestSpecification as(String role, String subject) {
        return given().auth().oauth2(LocalJwt.shared().token(role, subject)).contentType(ContentType.JSON);
    }

    static RequestSpecification admin() {
        return as("admin", "admin-1");
    }

    static RequestSpecification therapist(String subject) {
        return as("therapist", subject);
    }

    /** The call sends a request the OpenAPI document forbids (on purpose): its response is still checked. */
    static RequestSpecification violating(RequestSpecification caller) {
        return caller.filter(OpenApiValidation.violatesDocument());
    }

    static String newSubject() {
        return "therapist-" + UUID.randomUUID();
    }

    static Map<String, Object> body(String subject, String expiresOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("subject", subject);
        body.put("name", "Anna Berger");
        body.put("licence", new HashMap<>(Map.of("number", "PT-2019-0412", "licensingBody", "Landesamt Berlin",
                "expiresOn", expiresOn)));
        body.put("certifications", List.of("myofascial release", "trigger point therapy"));
        body.put("headachePatientsPerMonth", 25);
        body.put("timeZone", "Europe/Berlin");
        return body;
    }

    static UUID create(String subject, String expiresOn) {
        String id = admin().body(body(subject, expiresOn)).post(PATH).then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Mondays 09:00-17:00 Berlin time, and the given time off. */
    static Map<String, Object> availability(List<Map<String, String>> timeOff) {
        return Map.of("weekly", List.of(Map.of("day", "MONDAY", "start", "09:00", "end", "17:00")),
                "timeOff", timeOff);
    }
}
