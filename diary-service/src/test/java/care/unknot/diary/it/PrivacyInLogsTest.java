package care.unknot.diary.it;

import static org.hamcrest.Matchers.equalTo;

import care.unknot.kit.time.MutableClock;
import care.unknot.local.testing.LogCapture;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words a patient writes in its diary never reach a log line: a sentinel in every free-text field, stored
 * normally or refused (with a NUL no store can hold: 400 naming the field), and every line logged meanwhile is
 * searched for it. Also: a body over the service's limit is refused before it is parsed.
 */
@QuarkusTest
class PrivacyInLogsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    private static final String SENTINEL = "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Inject
    MutableClock clock;

    private LogCapture logs;

    @BeforeEach
    void captureLogs() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        logs = LogCapture.install();
    }

    @AfterEach
    void noLineQuotesTheSentinel() {
        logs.closeAndAssertNoLineContains(SENTINEL);
    }

    /** An entry with {@code text} (a JSON string literal) in the field at {@code path}, and plain text elsewhere. */
    private static String entry(String path, String text) {
        String plain = "\"quiet\"";
        return """
                {"headache": true,
                 "episodes": [{"start": "09:00", "durationMinutes": 60, "peakNrs": 5, "locations": [%s]}],
                 "medications": [{"medicationClass": "SIMPLE_ANALGESIC", "name": %s, "doses": 1}],
                 "triggers": [%s], "exercises": {"spots": [%s], "minutes": 10}, "note": %s}"""
                .formatted(path.equals("episodes[0].locations[0]") ? text : plain,
                        path.equals("medications[0].name") ? text : plain,
                        path.equals("triggers[0]") ? text : plain,
                        path.equals("exercises.spots[0]") ? text : plain,
                        path.equals("note") ? text : plain);
    }

    private static final String[] FIELDS = {"note", "triggers[0]", "episodes[0].locations[0]", "medications[0].name",
            "exercises.spots[0]"};

    @ParameterizedTest
    @ValueSource(strings = {"note", "triggers[0]", "episodes[0].locations[0]", "medications[0].name",
            "exercises.spots[0]"})
    void aNulInAFreeTextFieldIs400NamingItAndNoLineQuotesTheText(String field) {
        UUID patient = UUID.randomUUID();
        Api.asPatient(patient, true).body(entry(field, "\"after work " + SENTINEL + "\\u0000 again\""))
                .put(Api.entryPath(patient, TODAY))
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations[0].field", equalTo(field));
    }

    @Test
    void storedFreeTextNeverReachesALogLine() {
        for (String field : FIELDS) {
            UUID patient = UUID.randomUUID();
            Api.put(patient, TODAY, entry(field, "\"after work " + SENTINEL + "\""));
        }
    }

    @Test
    void aBodyOverTheLimitIs413BeforeItIsRead() {
        UUID patient = UUID.randomUUID();
        String note = "\"" + "x".repeat(4 * 1024 * 1024 + 1) + "\""; // over quarkus.http.limits.max-body-size
        Api.asPatient(patient, true).body(entry("note", note)).put(Api.entryPath(patient, TODAY))
                .then().statusCode(413).contentType("application/problem+json");
    }
}
