package care.unknot.kit.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The served document of the kit's test application carries the kit's contract conventions. */
@QuarkusTest
class ApiContractFilterTest {

    private static JsonPath document() {
        return given().accept("application/json").when().get("/q/openapi").then().statusCode(200).extract()
                .jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationHasAUniqueOperationIdAndProblemJsonForEveryErrorStatus() {
        Map<String, Map<String, Map<String, Object>>> paths = document().getMap("paths");
        List<String> ids = new ArrayList<>();
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                String where = operation.getKey() + " " + path.getKey();
                ids.add((String) operation.getValue().get("operationId"));
                Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.getValue()
                        .get("responses");
                assertThat(responses).as(where).containsKeys("401", "403", "406", "414", "500");
                if (operation.getKey().equals("post")) {
                    assertThat(responses).as(where).containsKeys("400", "409", "422");
                }
                if (operation.getValue().containsKey("requestBody")) {
                    assertThat(responses).as(where).containsKeys("400", "413", "415");
                }
                if (path.getKey().contains("{")) {
                    assertThat(responses).as(where).containsKey("404");
                }
                responses.forEach((status, response) -> {
                    if (status.compareTo("400") >= 0) {
                        assertThat(String.valueOf(response.get("content"))).as(where + " " + status)
                                .contains("application/problem+json").contains("#/components/schemas/Problem");
                    }
                });
            }
        }
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates().contains("NoteResource_create");
    }

    @Test
    void optionalPropertiesAreNullableAndRequiredOnesAreNot() {
        JsonPath document = document();
        assertThat(document.getList("components.schemas.NoteRequest.properties.pain.type"))
                .containsExactlyInAnyOrder("integer", "null");
        assertThat(document.getString("components.schemas.NoteRequest.properties.title.type"))
                .isEqualTo("string");
        assertThat(document.getString("components.schemas.NoteResponse.properties.id.anyOf"))
                .contains("#/components/schemas/UUID").contains("null");
        assertThat(document.getList("components.schemas.Problem.required")).contains("type", "title", "status");
    }

    @Test
    void patternsAreAnchoredAsBeanValidationMatchesThemAndNotBlankStaysAContainsCheck() {
        JsonPath document = document();
        assertThat(document.getString("components.schemas.UUID.pattern")).startsWith("^(?:").endsWith(")$");
        java.util.regex.Pattern notBlankStorable = java.util.regex.Pattern.compile(
                document.getString("components.schemas.NoteRequest.properties.title.pattern"));
        assertThat(notBlankStorable.matcher(" a ").matches()).isTrue();
        assertThat(notBlankStorable.matcher("  ").matches()).isFalse();
        assertThat(notBlankStorable.matcher("a\u0000").matches()).isFalse();
    }

    @Test
    void freeTextStringsSayThatANulCannotBeStored() {
        JsonPath document = document();
        String mood = "components.schemas.Mood";
        assertThat(document.getString("components.schemas.Problem.properties.detail.pattern")).isEqualTo("^[^\\x00]*$");
        assertThat(document.getList(mood + ".enum")).contains("CALM");
        assertThat(document.getString(mood + ".pattern")).isNull();
    }

    @Test
    void operationIdFallbackNamesMethodAndPath() {
        assertThat(ApiContractFilter.operationId(
                org.eclipse.microprofile.openapi.models.PathItem.HttpMethod.GET, "/api/v1/admin/outbox/{id}"))
                .isEqualTo("getApiV1AdminOutboxId");
    }
}
