package care.unknot.diary.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import care.unknot.local.testing.OpenApiSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
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

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiSnapshot.assertCurrent(served, Path.of("openapi.yaml"));
    }
}
