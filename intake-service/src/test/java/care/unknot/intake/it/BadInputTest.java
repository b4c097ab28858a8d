package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Bad input gets 400 problem+json naming the field, and nothing is stored (no row, no event). */
@QuarkusTest
class BadInputTest {

    @Inject
    Rows rows;

    private UUID patientId;

    @BeforeEach
    void registerPatient() {
        patientId = Api.registerPatient("Bad", "Input");
    }

    private static ObjectNode kind(ObjectNode answers) {
        return (ObjectNode) answers.withObject("/history").withArray("kinds").get(0);
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                bad("NRS 11", "history.kinds[0].typicalPeakNrs", a -> kind(a).put("typicalPeakNrs", 11)),
                bad("NRS -1", "history.kinds[0].typicalPeakNrs", a -> kind(a).put("typicalPeakNrs", -1)),
                bad("MIDAS average pain 11", "midas.averagePain", a -> a.withObject("/midas").put("averagePain", 11)),
                bad("MIDAS days 91", "midas.missedWorkOrSchoolDays",
                        a -> a.withObject("/midas").put("missedWorkOrSchoolDays", 91)),
                bad("MIDAS item A 91", "midas.headacheDays", a -> a.withObject("/midas").put("headacheDays", 91)),
                bad("32 headache days in a month", "history.headacheDaysPerMonth[0]",
                        a -> ((ArrayNode) a.withObject("/history").withArray("headacheDaysPerMonth")).set(0, 32)),
                rule("29 headache days in February", "history.headacheDaysPerMonth[2]",
                        a -> ((ArrayNode) a.withObject("/history").withArray("headacheDaysPerMonth")).set(2, 29)),
                bad("two months only", "history.headacheDaysPerMonth",
                        a -> ((ArrayNode) a.withObject("/history").withArray("headacheDaysPerMonth")).remove(2)),
                bad("missing red-flag answer", "redFlags.suddenSevereOnset",
                        a -> a.withObject("/redFlags").remove("suddenSevereOnset")),
                bad("missing contraindication answer", "contraindications.activeBloodClot",
                        a -> a.withObject("/contraindications").remove("activeBloodClot")),
                bad("missing HIT-6", "hit6", a -> a.remove("hit6")),
                bad("five HIT-6 answers", "hit6", a -> a.withArray("hit6").remove(5)),
                bad("three kinds of headache", "history.kinds",
                        a -> a.withObject("/history").withArray("kinds").add(kind(a).deepCopy()).add(kind(a).deepCopy())),
                bad("unknown side", "history.kinds[0].side", a -> kind(a).put("side", "LEFT")),
                bad("unknown HIT-6 answer", "hit6[1]", a -> a.withArray("hit6").set(1, "OFTEN")),
                bad("text for a number", "history.kinds[0].typicalPeakNrs", a -> kind(a).put("typicalPeakNrs", "high")),
                bad("fraction for an NRS", "history.kinds[0].typicalPeakNrs",
                        a -> kind(a).put("typicalPeakNrs", 3.9)),
                bad("numeric text for an NRS", "history.kinds[0].typicalPeakNrs",
                        a -> kind(a).put("typicalPeakNrs", "5")),
                bad("fraction for headache days", "history.headacheDaysPerMonth[0]",
                        a -> ((ArrayNode) a.withObject("/history").withArray("headacheDaysPerMonth")).set(0, 14.5)),
                bad("number for a boolean", "history.kinds[0].nausea", a -> kind(a).put("nausea", 1)),
                bad("text for a boolean", "redFlags.suddenSevereOnset",
                        a -> a.withObject("/redFlags").put("suddenSevereOnset", "true")),
                bad("object for a boolean", "redFlags.newNeurologicalSymptoms",
                        a -> a.withObject("/redFlags").putObject("newNeurologicalSymptoms")),
                rule("any-medication days below the largest class", "medication.anyMedicationDays",
                        a -> a.withObject("/medication").put("anyMedicationDays", 3)),
                rule("any-medication days above the sum", "medication.anyMedicationDays",
                        a -> a.withObject("/medication").put("anyMedicationDays", 5)),
                bad("onset age 121", "history.ageAtOnset", a -> a.withObject("/history").put("ageAtOnset", 121)));
    }

    /** Answers the OpenAPI document itself forbids. */
    private static Arguments bad(String what, String field, Consumer<ObjectNode> change) {
        return Arguments.of(what, field, change, true);
    }

    /** Answers the document allows but a rule across fields refuses. */
    private static Arguments rule(String what, String field, Consumer<ObjectNode> change) {
        return Arguments.of(what, field, change, false);
    }

    @ParameterizedTest(name = "{0} -> 400 naming {1}")
    @MethodSource("badAnswers")
    void badAnswersAreRejectedNamingTheFieldAndStoreNothing(String what, String field, Consumer<ObjectNode> change,
                                                            boolean violatesDocument) {
        ObjectNode answers = Api.answers();
        change.accept(answers);
        String before = rows.snapshot();

        Api.submit(violatesDocument ? Api.violating(Api.therapist()) : Api.therapist(), patientId, answers).then()
                .statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem(field));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void malformedJsonIsRejectedAsProblem() {
        String before = rows.snapshot();

        Api.submit(Api.violating(Api.therapist()), patientId, "{\"history\": {").then()
                .statusCode(400).contentType(startsWith("application/problem+json"));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void bodyOverTheSizeLimitIsRejectedAsProblem() {
        ObjectNode answers = Api.answers();
        answers.put("goals", "x".repeat(70_000));
        String before = rows.snapshot();

        Api.submit(Api.violating(Api.therapist()), patientId, answers).then()
                .statusCode(413).contentType(startsWith("application/problem+json"));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void goalsLongerThanAllowedAreRejectedNamingTheField() {
        ObjectNode answers = Api.answers();
        answers.put("goals", "x".repeat(2001));

        Api.submit(Api.violating(Api.therapist()), patientId, answers).then()
                .statusCode(400).body("violations.field", hasItem("goals"));
    }

    @Test
    void unknownTimeZoneIsRejectedNamingTheField() {
        var body = new java.util.HashMap<>(Api.patientBody("Zoe", "Zone"));
        body.put("timeZone", "Europe/Atlantis");
        String before = rows.snapshot();

        Api.therapist().body(body).post("/api/v1/patients").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.field", hasItem("timeZone"));

        assertThat(rows.snapshot()).isEqualTo(before);
    }

    @Test
    void offsetIsNotATimeZone() {
        var body = new java.util.HashMap<>(Api.patientBody("Olaf", "Offset"));
        body.put("timeZone", "+02:00");

        Api.therapist().body(body).post("/api/v1/patients").then()
                .statusCode(400).body("violations.field", hasItem("timeZone"));
    }
}
