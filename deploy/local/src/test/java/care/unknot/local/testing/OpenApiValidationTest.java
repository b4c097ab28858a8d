package care.unknot.local.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** The filter against a small document and a JDK HTTP server that answers what the test tells it to. */
class OpenApiValidationTest {

    private static final String DOCUMENT = """
            openapi: 3.1.0
            info: {title: t, version: "1"}
            components:
              schemas:
                Day: {type: string, format: date, examples: [2026-03-01]}
                Time: {type: string, examples: [13:45:30.123456789, 14:30]}
                Kind: {type: string, enum: [A, B]}
            paths:
              /api/things/{day}:
                put:
                  operationId: putThing
                  parameters:
                  - {name: day, in: path, required: true, schema: {type: string, format: date}}
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          type: object
                          required: [name]
                          properties:
                            name: {type: string, pattern: "^[a-z]+$"}
                  responses:
                    "200":
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              note: {type: [string, "null"]}
                              name: {type: string}
                              day: {anyOf: [{$ref: "#/components/schemas/Day"}, {type: "null"}]}
                              kind: {$ref: "#/components/schemas/Kind"}
                    "400":
                      description: bad
                      content:
                        application/problem+json:
                          schema: {type: object, required: [status], properties: {status: {type: integer}}}
            """;

    @TempDir
    static Path dir;
    private static HttpServer server;
    private static volatile String answer = "{}";
    private static volatile int status = 200;
    private static OpenApiValidation filter;

    @BeforeAll
    static void start() throws IOException {
        Path document = dir.resolve("openapi.yaml");
        Files.writeString(document, DOCUMENT);
        filter = OpenApiValidation.of(document);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type",
                    status == 200 ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    private static RequestSpecification call(int answerStatus, String answerBody) {
        status = answerStatus;
        answer = answerBody;
        return given().port(server.getAddress().getPort()).filter(filter).contentType(ContentType.JSON);
    }

    @Test
    void validRequestAndNullInNullableFieldPass() {
        assertThatCode(() -> call(200, "{\"note\": null, \"name\": \"a\", \"day\": null, \"kind\": \"A\"}").body("{\"name\": \"abc\"}")
                .put("/api/things/2026-03-01")).doesNotThrowAnyException();
    }

    @Test
    void nullInFieldNotDeclaredNullableFails() {
        assertThatThrownBy(() -> call(200, "{\"name\": null}").body("{\"name\": \"abc\"}")
                .put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("response").hasMessageContaining("name");
    }

    @Test
    void nullableReferenceStillChecksItsValue() {
        assertThatThrownBy(() -> call(200, "{\"day\": \"yesterday\"}").body("{\"name\": \"abc\"}")
                .put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class).hasMessageContaining("day");
    }

    @Test
    void nullInReferenceNotDeclaredNullableFails() {
        assertThatThrownBy(() -> call(200, "{\"kind\": null}").body("{\"name\": \"abc\"}")
                .put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class).hasMessageContaining("kind");
    }

    @Test
    void undeclaredStatusFails() {
        assertThatThrownBy(() -> call(409, "{\"status\": 409}").body("{\"name\": \"abc\"}")
                .put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class).hasMessageContaining("409");
    }

    @Test
    void requestOutsideTheDocumentFailsUnlessMarked() {
        assertThatThrownBy(() -> call(400, "{\"status\": 400}").body("{\"name\": \"ABC\"}")
                .put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("violatesDocument");
        assertThatCode(() -> call(400, "{\"status\": 400}").filter(OpenApiValidation.violatesDocument())
                .body("{\"name\": \"abc\"}").put("/api/things/not-a-date")).doesNotThrowAnyException();
    }

    @Test
    void unknownPathFailsUnlessMarked() {
        assertThatThrownBy(() -> call(404, "{\"status\": 404}").get("/api/nothing"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("path.missing");
        assertThatCode(() -> call(404, "{\"status\": 404}").filter(OpenApiValidation.violatesDocument())
                .get("/api/nothing")).doesNotThrowAnyException();
    }

    @Test
    void undocumentedMethodFailsUnlessMarked() {
        assertThatThrownBy(() -> call(405, "{\"status\": 405}").delete("/api/things/2026-03-01"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("notAllowed");
        assertThatCode(() -> call(405, "{\"status\": 405}").filter(OpenApiValidation.violatesDocument())
                .delete("/api/things/2026-03-01")).doesNotThrowAnyException();
    }

    @Test
    void markedRequestThatTheDocumentAllowsFails() {
        assertThatThrownBy(() -> call(400, "{\"status\": 400}").filter(OpenApiValidation.violatesDocument())
                .body("{\"name\": \"abc\"}").put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("the document allows it");
    }

    @Test
    void markedRequestStillHasItsResponseChecked() {
        assertThatThrownBy(() -> call(400, "{\"status\": \"x\"}").filter(OpenApiValidation.violatesDocument())
                .body("{}").put("/api/things/2026-03-01")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("400 response");
    }
}
