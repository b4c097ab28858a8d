package care.unknot.intake.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import care.unknot.local.testing.OpenApiSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndOpenApiTest {

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsStringIgnoringCase("database")))
                .body("checks.name", hasItem(containsStringIgnoringCase("kafka")));
    }

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().queryParam("format", "yaml").get("/q/openapi").then().statusCode(200)
                .extract().asString();
        OpenApiSnapshot.assertCurrent(served, Path.of("openapi.yaml"));
    }

    @Test
    void everyOperationDeclaresBearerSecurity() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keySet()", hasItem("bearer"))
                .body("paths.'/api/v1/patients/{patientId}/intakes'.post.security[0].keySet()", hasItem("bearer"));
    }
}
