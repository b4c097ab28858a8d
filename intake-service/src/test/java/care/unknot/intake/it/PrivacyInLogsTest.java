package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.node.ObjectNode;
import care.unknot.intake.domain.AnswersFixture;
import care.unknot.local.testing.LogCapture;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text patients and staff type never reaches a log line: a sentinel in every free-text field, stored normally
 * or refused (with a NUL no store can hold: 400 naming the field, not a database error quoting it), and then every
 * line logged meanwhile is searched for it.
 */
@QuarkusTest
class PrivacyInLogsTest {

    private static final String SENTINEL = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String NUL = "\u0000";

    @Inject
    EntityManager entities;

    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        logs = LogCapture.install();
    }

    @AfterEach
    void noLineQuotesTheSentinel() {
        logs.closeAndAssertNoLineContains(SENTINEL);
    }

    /** A free-text field: where its request goes and how to build a valid body around the value. */
    record Field(String path, Function<String, Call> call) {
        @Override
        public String toString() {
            return path;
        }
    }

    record Call(RequestSpecification caller, ObjectNode body, String url, Object... params) {
        io.restassured.response.Response send() {
            return caller.body(body.toString()).post(url, params);
        }

        /** The document says a request string cannot hold a NUL. */
        io.restassured.response.Response sendViolating() {
            return Api.violating(caller).body(body.toString()).post(url, params);
        }
    }

    static Stream<Arguments> freeTextFields() {
        return Stream.of(
                patient("givenName"), patient("familyName"), patient("email"), patient("phone"),
                Arguments.of(new Field("goals", text -> {
                    UUID patientId = Api.registerPatient("Log", "Goals");
                    ObjectNode answers = Api.answers();
                    answers.put("goals", text);
                    return new Call(Api.therapist(), answers, "/api/v1/patients/{id}/intakes", patientId);
                })),
                referral("partnerReference"), referral("reason"), referral("patient.givenName"),
                Arguments.of(new Field("reason", text -> {
                    UUID intakeId = Api.submitted(Api.registerPatient("Log", "Review"), Api.answers());
                    ObjectNode review = Api.JSON.createObjectNode().put("decision", "OVERRIDE")
                            .put("outcome", "NEEDS_MEDICAL_CLEARANCE").put("reason", text);
                    return new Call(Api.therapist().header("If-Match", etagOf(intakeId)), review,
                            "/api/v1/intakes/{id}/review", intakeId);
                })),
                clearance("clinicianName"), clearance("documentReference"),
                Arguments.of(new Field("partnerId", text -> {
                    UUID patientId = Api.registerPatient("Log", "Consent");
                    return new Call(Api.patient(patientId), Api.JSON.createObjectNode().put("partnerId", text),
                            "/api/v1/patients/{id}/consents", patientId);
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTextFields")
    void aNulInAFreeTextFieldIs400NamingItAndNoLineQuotesTheText(Field field) {
        field.call().apply("my headaches " + SENTINEL + NUL + " after work").sendViolating()
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field.path()));
    }

    @Test
    void storedFreeTextNeverReachesALogLine() {
        for (Arguments arguments : freeTextFields().toList()) {
            Field field = (Field) arguments.get()[0];
            String text = switch (field.path()) {
                case "email" -> SENTINEL + "@example.org";
                case "phone" -> "+49 30 1234567";
                case "partnerId" -> SENTINEL;
                default -> "my headaches " + SENTINEL;
            };
            int status = field.call().apply(text).send().then().extract().statusCode();
            assertThat(status).as(field.path()).isBetween(200, 299);
        }
    }

    @Test
    void aDatabaseErrorLeavesTheValuesItQuotesOutOfLogsAndMessages() {
        // PostgreSQL's context line for bad JSON quotes the text around it ("Where: JSON data, line 1: ...")
        String json = "{\"goals\":\"my headaches " + SENTINEL + "\\u0000\"}";
        Throwable failure = catchThrowable(() -> QuarkusTransaction.requiringNew().call(() -> entities
                .createNativeQuery("SELECT cast(cast(?1 AS text) AS jsonb)::text").setParameter(1, json)
                .getSingleResult()));

        assertThat(failure).isNotNull();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            assertThat(String.valueOf(t.getMessage())).doesNotContain(SENTINEL);
        }
    }

    private static Arguments patient(String field) {
        return Arguments.of(new Field(field, text -> {
            ObjectNode body = Api.JSON.valueToTree(Api.patientBody("Log", "Patient"));
            body.put(field, text);
            return new Call(Api.therapist(), body, "/api/v1/patients");
        }));
    }

    private static Arguments referral(String field) {
        return Arguments.of(new Field(field, text -> {
            ObjectNode body = Api.JSON.createObjectNode();
            body.set("patient", Api.JSON.valueToTree(Api.patientBody("Log", "Referred")));
            body.put("partnerReference", "REF-LOG").put("reason", "Neck-driven headaches");
            if (field.startsWith("patient.")) {
                ((ObjectNode) body.get("patient")).put(field.substring("patient.".length()), text);
            } else {
                body.put(field, text);
            }
            return new Call(Api.partner("partner-log"), body, "/api/v1/referrals");
        }));
    }

    private static Arguments clearance(String field) {
        return Arguments.of(new Field(field, text -> {
            UUID intakeId = Api.submitted(Api.registerPatient("Log", "Clearance"),
                    Api.answers(AnswersFixture.eligible().redFlag("RF-PREGNANCY")));
            Api.therapist().header("If-Match", etagOf(intakeId)).body("{\"decision\":\"ACCEPT\"}")
                    .post("/api/v1/intakes/{id}/review", intakeId).then().statusCode(200);
            ObjectNode body = Api.JSON.createObjectNode().put("clinicianName", "Dr. Log").put("clearedOn", "2026-03-09")
                    .put("scope", "FULL").put("documentReference", "DOC-LOG");
            body.put(field, text);
            return new Call(Api.therapist(), body, "/api/v1/intakes/{id}/clearance", intakeId);
        }));
    }

    private static String etagOf(UUID intakeId) {
        return Api.therapist().get("/api/v1/intakes/{id}", intakeId).then().statusCode(200).extract().header("ETag");
    }
}
