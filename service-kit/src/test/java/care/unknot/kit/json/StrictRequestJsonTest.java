package care.unknot.kit.json;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import care.unknot.kit.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/** The kit's request JSON rules, on the test application's notes (stored in the real PostgreSQL). */
@QuarkusTest
class StrictRequestJsonTest {

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static final String PROBLEM = "application/problem+json";
    private final String patient = Tokens.patient(UUID.randomUUID().toString());

    private static String note(String titleJson, String hit6) {
        return "{\"title\":" + titleJson + ",\"mood\":\"CALM\",\"pain\":4,\"answers\":{\"hit6\":" + hit6 + "}}";
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"head\\u0000ache\"", "\"\\u0000\"", "\"lone \\ud83d surrogate\"", "\"\\ude00 low\""})
    void aStringNoStoreCanHoldIs400NamingTheFieldWithoutItsValue(String title) {
        given().header("Authorization", patient).contentType(ContentType.JSON)
                .body(note(title, "[1,2,3,4,5,5]"))
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("title"))
                .body("violations[0].message", equalTo(StorableStrings.UnstorableString.MESSAGE));
    }

    @Test
    void pairedSurrogatesAreOrdinaryText() {
        given().header("Authorization", patient).contentType(ContentType.JSON)
                .body(note("\"headache \\ud83d\\ude23\"", "[1,2,3,4,5,5]"))
                .when().post("/api/v1/notes")
                .then().statusCode(201)
                .body("title", equalTo("headache \uD83D\uDE23"));
    }

    @Test
    void aKeyTwiceInOneObjectIs400NamingIt() {
        given().header("Authorization", patient).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"mood\":\"CALM\",\"pain\":9,\"pain\":3,\"answers\":{\"hit6\":[1,2,3,4,5,5]}}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("pain"));
        given().header("Authorization", patient).contentType(ContentType.JSON)
                .body("{\"title\":\"a\",\"mood\":\"CALM\",\"answers\":{\"hit6\":[1,2,3,4,5,5],\"hit6\":[1,1,1,1,1,1]}}")
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("answers.hit6"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", " 7", "{\"title\":\"b\"}", "x"})
    void anythingAfterTheDocumentIs400(String trailing) {
        given().header("Authorization", patient).contentType(ContentType.JSON)
                .body(note("\"a\"", "[1,2,3,4,5,5]") + trailing)
                .when().post("/api/v1/notes")
                .then().statusCode(400).contentType(PROBLEM)
                .body("violations[0].field", equalTo("body"));
    }
}
