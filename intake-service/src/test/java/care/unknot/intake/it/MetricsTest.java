package care.unknot.intake.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The public /q/metrics: labels hold route templates only (no patient id, no caller-made series), and the
 * OpenMetrics page a scraper asks for is valid. Tracing is on here, as in production, since the trace sampler
 * is what put exemplars where OpenMetrics forbids them.
 */
@QuarkusTest
@TestProfile(MetricsTest.TracingOn.class)
class MetricsTest {

    public static class TracingOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.otel.sdk.disabled", "false");
        }
    }

    @Test
    void requestsThatMatchNoRouteAreNotLabelledWithTheirPath() {
        UUID patientId = Api.registerPatient("Metric", "Label");
        Api.therapist().request("QUERY", "/api/v1/patients/{id}", patientId).then().statusCode(405);
        Api.violating(Api.therapist()).patch("/api/v1/patients/{id}", patientId).then().statusCode(405)
                .header("Allow", "GET, PUT");
        Api.violating(Api.therapist()).get("/api/v1/patients/{id}/nowhere", patientId).then().statusCode(404);
        Api.therapist().get("/api/v1/patients/{id}", UUID.randomUUID()).then().statusCode(404);
        Api.violating(Api.therapist()).contentType("application/json").body("{}").post("/api/v1/patients")
                .then().statusCode(400);

        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain(patientId.toString())
                .contains("uri=\"/api/v1/patients/{patientId}\"").contains("uri=\"UNKNOWN\"")
                .containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"400\"[^}]*uri=\"/api/v1/patients\"");
    }

    @Test
    void anOpenMetricsScrapeGetsValidOpenMetrics() {
        Api.therapist().get("/api/v1/patients/{id}", UUID.randomUUID()).then().statusCode(404);
        Api.violating(Api.therapist()).contentType("application/json").body("{}").post("/api/v1/patients")
                .then().statusCode(400);
        Api.registerPatient("Open", "Metrics");

        String page = given().accept("application/openmetrics-text; version=1.0.0").get("/q/metrics")
                .then().statusCode(200).contentType(startsWith("application/openmetrics-text")).extract().asString();

        assertThat(openMetricsErrors(page)).isEmpty();
    }

    /**
     * The OpenMetrics 1.0 rules a scraper enforces that our page could break: it ends with {@code # EOF}, every
     * sample belongs to a declared family, and exemplars appear only on counter {@code _total} and histogram
     * {@code _bucket} samples.
     */
    static List<String> openMetricsErrors(String page) {
        List<String> errors = new java.util.ArrayList<>();
        String[] lines = page.split("\n");
        if (lines.length == 0 || !lines[lines.length - 1].equals("# EOF")) {
            errors.add("does not end with # EOF");
        }
        Map<String, String> types = new HashMap<>();
        for (String line : lines) {
            if (line.startsWith("# TYPE ")) {
                String[] parts = line.split(" ");
                types.put(parts[2], parts[3]);
                continue;
            }
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String sample = line.split("[{ ]", 2)[0];
            String family = types.keySet().stream().filter(sample::startsWith)
                    .max(java.util.Comparator.comparingInt(String::length)).orElse(null);
            if (family == null) {
                errors.add("sample without a TYPE: " + sample);
                continue;
            }
            if (line.contains(" # {")) {
                String type = types.get(family);
                boolean allowed = type.equals("counter") && sample.endsWith("_total")
                        || (type.equals("histogram") || type.equals("gaugehistogram")) && sample.endsWith("_bucket");
                if (!allowed) {
                    errors.add("exemplar on " + type + " sample " + sample);
                }
            }
        }
        return errors;
    }
}
