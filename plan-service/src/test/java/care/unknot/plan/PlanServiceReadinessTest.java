package care.unknot.plan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import care.unknot.local.testing.OpenApiSnapshot;
import care.unknot.local.testing.OpenApiValidation;
import io.quarkus.test.junit.QuarkusTest;

/** Boots plan-service against the real broker and PostgreSQL and checks what ops and API clients rely on. */
@QuarkusTest
class PlanServiceReadinessTest {

    @Test
    void readinessIsUpWithDatabaseAndKafkaChecks() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check",
                        "SmallRye Reactive Messaging - readiness check"));
    }

    @Test
    void unknownApiPathIsAProblemDocument() {
        given().filter(OpenApiValidation.violatesDocument()).when().get("/api/v1/no-such-resource")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }

    @Test
    void committedOpenApiDocumentIsCurrent() {
        String served = given().queryParam("format", "yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        OpenApiSnapshot.assertCurrent(served, Path.of("openapi.yaml"));
    }
}
