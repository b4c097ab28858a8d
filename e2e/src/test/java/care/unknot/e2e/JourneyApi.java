package care.unknot.e2e;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import care.unknot.local.LocalJwt;
import care.unknot.local.testing.OpenApiValidation;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The callers of the journey (partner clinic, therapist, admin, patients) with tokens signed by the stack's keys,
 * and the calls the journey repeats. Every call is validated against the called service's committed
 * {@code openapi.yaml} (request and response).
 */
final class JourneyApi {

    static final String ZONE = "Europe/Berlin";
    static final String THERAPIST_SUBJECT = "e2e-therapist";

    final String partnerId = UUID.randomUUID().toString();
    private final JourneyStack stack;
    private final LocalJwt jwt;
    private final String partnerToken;
    private final String therapistToken;
    private final String adminToken;

    JourneyApi(JourneyStack stack) {
        this.stack = stack;
        this.jwt = stack.jwt();
        this.partnerToken = jwt.partnerToken("e2e-clinic", partnerId);
        this.therapistToken = jwt.token("therapist", THERAPIST_SUBJECT);
        this.adminToken = jwt.token("admin", "e2e-admin");
    }

    RequestSpecification partner(String service) {
        return call(service, partnerToken);
    }

    RequestSpecification therapist(String service) {
        return call(service, therapistToken);
    }

    RequestSpecification admin(String service) {
        return call(service, adminToken);
    }

    /** A patient's own token: subject = patient id. */
    RequestSpecification patient(String service, String patientId) {
        return call(service, jwt.token("patient", patientId));
    }

    private RequestSpecification call(String service, String token) {
        return given().baseUri(stack.url(service))
                .filter(OpenApiValidation.of(stack.openApiDocument(service)))
                .auth().oauth2(token)
                .contentType(ContentType.JSON)
                .accept("application/json, application/problem+json");
    }

    /** The partner refers a new patient; returns the created referral (id, patientId, status, ...). */
    JsonPath refer(String givenName) {
        Map<String, Object> patient = Map.of("givenName", givenName, "familyName", "Journey",
                "dateOfBirth", "1986-04-12", "email", "journey@example.org", "timeZone", ZONE, "locale", "en-GB");
        return partner("intake-service")
                .body(Map.of("patient", patient, "partnerReference", "E2E-" + givenName,
                        "reason", "Chronic headache with neck pain"))
                .post("/api/v1/referrals").then().statusCode(201).extract().jsonPath();
    }

    /** The therapist submits the intake on the patient's behalf; returns it, screened. */
    JsonPath submitIntake(String patientId, String answers) {
        return therapist("intake-service").body(answers)
                .post("/api/v1/patients/{patientId}/intakes", patientId).then().statusCode(201).extract().jsonPath();
    }

    /** The therapist reads the intake and accepts the screening (If-Match the ETag read). */
    JsonPath reviewAccept(String intakeId) {
        String etag = therapist("intake-service").get("/api/v1/intakes/{id}", intakeId).then().statusCode(200)
                .extract().header("ETag");
        return therapist("intake-service").header("If-Match", etag).body(Map.of("decision", "ACCEPT"))
                .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200).extract().jsonPath();
    }

    /** The plan plan-service drafted for the patient, once there is one. */
    Optional<Response> planOf(String patientId) {
        Response list = therapist("plan-service").queryParam("patientId", patientId).get("/api/v1/plans");
        if (list.statusCode() != 200 || list.jsonPath().getList("items").isEmpty()) {
            return Optional.empty();
        }
        Response plan = therapist("plan-service").get("/api/v1/plans/{id}", list.jsonPath().getString("items[0].id"));
        return plan.statusCode() == 200 ? Optional.of(plan) : Optional.empty();
    }

    /** The templates of the messages in the patient's in-app inbox (up to 100). */
    List<String> inboxTemplates(String patientId) {
        return patient("notification-service", patientId).queryParam("limit", 100)
                .get("/api/v1/patients/{patientId}/notifications", patientId).then().statusCode(200)
                .extract().jsonPath().getList("items.template", String.class);
    }

    long inboxCount(String patientId, String templatePrefix) {
        return inboxTemplates(patientId).stream().filter(t -> t.startsWith(templatePrefix)).count();
    }

    /** The id of an unacknowledged alert about the patient in the clinic's on-call inbox, read by a therapist. */
    Optional<String> openOnCallAlert(String patientId) {
        List<Map<String, Object>> items = therapist("notification-service").queryParam("unacknowledged", true)
                .queryParam("limit", 100).get("/api/v1/on-call/notifications").then().statusCode(200)
                .extract().jsonPath().getList("items");
        return items.stream().filter(item -> patientId.equals(item.get("patientId")))
                .map(item -> (String) item.get("id")).findFirst();
    }

    /** Acknowledges an on-call alert as the therapist; answers who acknowledged it. */
    String acknowledgeOnCallAlert(String alertId) {
        return therapist("notification-service").post("/api/v1/on-call/notifications/{id}/acknowledge", alertId)
                .then().statusCode(200).extract().path("acknowledgedBy");
    }

    String referralStatus(String referralId) {
        return partner("intake-service").get("/api/v1/referrals/{id}", referralId).then().statusCode(200)
                .extract().path("status");
    }
}
