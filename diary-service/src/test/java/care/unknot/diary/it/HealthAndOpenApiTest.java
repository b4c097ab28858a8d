package care.unknot.diary.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import care.unknot.local.testing.OpenApiSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void readinessIsUpWithMongoAndKafkaChecks() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("mongo")))
                .body("checks.name", hasItem(org.hamcrest.Matchers.containsStringIgnoringCase("kafka")));
    }

    @Test
    void metricsShowTheOutboxBacklog() {
        given().get("/q/metrics").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("unknot_outbox_pending_documents"))
                .body(org.hamcrest.Matchers.containsString("unknot_outbox_oldest_due_seconds"));
    }

    /** Issue 9: the document shows every field of the diary's own schemas with an example (or a referenced schema). */
    @Test
    void everyFieldOfTheDiarysSchemasHasAnExample() throws Exception {
        JsonNode schemas = new ObjectMapper().readTree(given().queryParam("format", "json").get("/q/openapi").then()
                .statusCode(200).extract().asString()).at("/components/schemas");
        List<String> missing = new ArrayList<>();
        schemas.fields().forEachRemaining(schema -> {
            if (List.of("Problem", "Violation").contains(schema.getKey()) || schema.getKey().startsWith("Page")) {
                return; // the kit's shapes
            }
            schema.getValue().path("properties").fields().forEachRemaining(property -> {
                if (!exemplified(property.getValue())) {
                    missing.add(schema.getKey() + "." + property.getKey());
                }
            });
        });
        assertThat(missing).isEmpty();
    }

    private static boolean exemplified(JsonNode property) {
        if (property.has("example") || property.has("examples") || property.has("$ref")) {
            return true;
        }
        for (String combined : List.of("anyOf", "oneOf", "allOf")) {
            for (JsonNode option : property.path(combined)) {
                if (exemplified(option)) {
                    return true;
                }
            }
        }
        return property.has("items") && exemplified(property.get("items"))
                || property.has("additionalProperties") && exemplified(property.get("additionalProperties"));
    }

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiSnapshot.assertCurrent(served, Path.of("openapi.yaml"));
    }
}
