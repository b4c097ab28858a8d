package care.unknot.kit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.unknot.kit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

@QuarkusTest
class ProblemDetailsTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final String PROBLEM = "application/problem+json";
    private final String patientId = UUID.randomUUID().toString();

    private static String note(String hit6) {
        return "{\"title\":\"Evening\",\"mood\":\"CALM\",\"pain\":4,\"answers\":{\"hit6\":" + hit6 + "}}";
    }

    @Test
    void validationViolationsNameTheJsonFieldWithoutMethodOrArgumentPrefix() {
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body("{\"title\":\"\",\"mood\":\"CALM\",\"pain\":11,\"answers\":{\"hit6\":[1,2,9,4,5,6]}}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/notes"))
                .body("violations.field", hasItem("answers.hit6[2]"))
                .body("violations.field", hasItem("pain"))
                .body("violations.field", hasItem("title"))
                .body("violations.field", not(hasItem(containsString("create"))));
    }

    @Test
    void queryParameterViolationNamesTheParameter() {
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/numbers?limit=500")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("limit"));
    }

    @Test
    void unparsableQueryParameterIs400NamingTheParameter() {
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/numbers?limit=many")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("limit"))
                .body("violations[0].message", equalTo("must be an integer"));
        given().header("Authorization", Tokens.therapist())
                .when().get("/api/v1/notes/not-a-uuid")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("id"))
                .body("violations[0].message", equalTo("must be a UUID"));
    }

    @Test
    void malformedJsonIs400WithTheFieldWhereParsingStopped() {
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"answers\":{\"hit6\":[1,2,}}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body("violations[0].field", containsString("answers.hit6"))
                .body("detail", not(containsString("Jackson")))
                .body(not(containsString("com.fasterxml")));
    }

    @Test
    void wrongJsonTypeNamesTheFieldAndTheExpectedJsonKind() {
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body(note("[1,2,\"often\",4,5,1]"))
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("answers.hit6[2]"))
                .body("violations[0].message", equalTo("must be an integer"))
                .body(not(containsString("java.lang")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.9", "\"5\"", "true"})
    void scalarsOfAnotherJsonTypeAreNotCoercedIntoAnInteger(String pain) {
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"mood\":\"CALM\",\"pain\":" + pain
                        + ",\"answers\":{\"hit6\":[1,2,3,4,5,1]}}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("pain"));
    }

    @Test
    void unknownEnumValueNamesTheFieldAndTheAllowedValues() {
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body("{\"title\":\"x\",\"mood\":\"ANGRY\",\"answers\":{\"hit6\":[1,2,3,4,5,6]}}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("mood"))
                .body("violations[0].message", equalTo("must be one of CALM, TENSE"));
    }

    @Test
    void missingTokenIs401ProblemWithBearerChallenge() {
        given().contentType(ContentType.JSON).body(note("[1,2,3,4,5,1]"))
                .when().post("/api/v1/notes")
                .then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
    }

    @Test
    void invalidTokenIs401Problem() {
        given().header("Authorization", "Bearer not.a.jwt")
                .when().get("/api/v1/probe/whoami")
                .then().statusCode(401).contentType(PROBLEM)
                .body("title", equalTo("Unauthorized"));
    }

    @Test
    void wrongRoleIs403Problem() {
        given().header("Authorization", Tokens.patient(patientId))
                .when().post("/api/v1/probe/admin-only")
                .then().statusCode(403).contentType(PROBLEM).body("status", equalTo(403));
    }

    @Test
    void unknownPathIs404Problem() {
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType(PROBLEM).body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void missingResourceIs404Problem() {
        given().header("Authorization", Tokens.therapist())
                .when().get("/api/v1/notes/" + UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM).body("detail", equalTo("No such note."));
    }

    @Test
    void wrongMethodIs405ProblemWithAllow() {
        given().header("Authorization", Tokens.patient(patientId))
                .when().delete("/api/v1/notes")
                .then().statusCode(405).contentType(PROBLEM).body("status", equalTo(405))
                .header("Allow", "POST");
    }

    @Test
    void optionsAndUnknownMethodsAre405NamingOnlyTheDocumentedMethods() {
        String note = "/api/v1/notes/" + UUID.randomUUID();
        given().header("Authorization", Tokens.therapist()).when().options(note)
                .then().statusCode(405).contentType(PROBLEM).header("Allow", "GET");
        given().header("Authorization", Tokens.therapist()).when().request("QUERY", note)
                .then().statusCode(405).contentType(PROBLEM).header("Allow", "GET");
        given().header("Authorization", Tokens.therapist()).when().head(note).then().statusCode(404);
        given().header("Authorization", Tokens.therapist()).when().options("/api/v1/nowhere").then().statusCode(404);
    }

    @Test
    void unacceptableMediaTypeIs406Problem() {
        given().header("Authorization", Tokens.therapist()).accept("text/csv")
                .when().get("/api/v1/notes/" + UUID.randomUUID())
                .then().statusCode(406).contentType(PROBLEM).body(containsString("\"status\":406"));
    }

    @Test
    void unsupportedMediaTypeIs415Problem() {
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/notes")
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void bodyOverTheLimitIs413Problem() {
        String huge = "x".repeat(70 * 1024);
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body(note("[1,2,3,4,5,1]").replace("Evening", huge))
                .when().post("/api/v1/notes")
                .then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413));
    }

    @Test
    void uriOverTheLimitIs414Problem() {
        given().header("Authorization", Tokens.therapist())
                .when().get("/api/v1/notes/" + UUID.randomUUID() + "?pad=" + "x".repeat(5000))
                .then().statusCode(414).contentType(PROBLEM).body("status", equalTo(414))
                .body("title", equalTo("URI Too Long"));
    }

    @Test
    void serviceProblemsKeepTheirStatus() {
        for (int status : new int[] {409, 412, 422, 428}) {
            given().header("Authorization", Tokens.admin())
                    .when().get("/api/v1/probe/status/" + status)
                    .then().statusCode(status).contentType(PROBLEM)
                    .body("status", equalTo(status))
                    .body("detail", equalTo("Probe for " + status + "."));
        }
    }

    @Test
    void tooManyRequestsIs429ProblemWithRetryAfter() {
        given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/probe/status/429")
                .then().statusCode(429).contentType(PROBLEM).header("Retry-After", "30")
                .body("title", equalTo("Too Many Requests"));
    }

    @Test
    void unexpectedErrorIsOpaque500WithAnErrorId() {
        given().header("Authorization", Tokens.admin())
                .when().get("/api/v1/probe/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .body("detail", matchesPattern(".*error id [0-9a-f-]{36}.*"))
                .body(allOf(not(containsString("IllegalState")), not(containsString("migraine")),
                        not(containsString("java.")), not(containsString("at care."))));
    }

    @Test
    void etagIfMatchMissingIs428AndStaleIs412() {
        String id = given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON)
                .body(note("[1,2,3,4,5,1]")).when().post("/api/v1/notes")
                .then().statusCode(201).extract().path("id");
        given().header("Authorization", Tokens.patient(patientId)).contentType(ContentType.JSON).body("\"New\"")
                .when().put("/api/v1/notes/" + id + "/title")
                .then().statusCode(428).contentType(PROBLEM).body("violations[0].field", equalTo("If-Match"));
        given().header("Authorization", Tokens.patient(patientId)).header("If-Match", "\"7\"")
                .contentType(ContentType.JSON).body("\"New\"")
                .when().put("/api/v1/notes/" + id + "/title")
                .then().statusCode(412).contentType(PROBLEM);
        given().header("Authorization", Tokens.patient(patientId)).header("If-Match", "\"0\"")
                .contentType(ContentType.JSON).body("\"New\"")
                .when().put("/api/v1/notes/" + id + "/title")
                .then().statusCode(200).body("version", equalTo(1));
    }

    @Test
    void patientSeesOnlyOwnIdOthersGet404StaffPass() {
        String other = UUID.randomUUID().toString();
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/patients/" + patientId).then().statusCode(200);
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/patients/" + other).then().statusCode(404).contentType(PROBLEM);
        given().header("Authorization", Tokens.partner("clinic-7"))
                .when().get("/api/v1/probe/patients/" + other).then().statusCode(404);
        given().header("Authorization", Tokens.therapist())
                .when().get("/api/v1/probe/patients/" + other).then().statusCode(200);
        given().header("Authorization", Tokens.partner("clinic-7"))
                .when().get("/api/v1/probe/whoami").then().statusCode(200)
                .body("partnerId", equalTo("clinic-7")).body("subject", notNullValue());
    }

    @Test
    void pagesFollowTheCursorAndATamperedCursorIs400NamingAfter() {
        String next = given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/numbers?limit=50")
                .then().statusCode(200).body("items.size()", equalTo(50)).body("items[49]", equalTo(50))
                .extract().path("next");
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/numbers?limit=50&after=" + next)
                .then().statusCode(200).body("items.size()", equalTo(45)).body("items[0]", equalTo(51))
                .body("next", equalTo(null));
        given().header("Authorization", Tokens.patient(patientId))
                .when().get("/api/v1/probe/numbers?after=!!notacursor")
                .then().statusCode(400).contentType(PROBLEM).body("violations[0].field", equalTo("after"));
    }
}
