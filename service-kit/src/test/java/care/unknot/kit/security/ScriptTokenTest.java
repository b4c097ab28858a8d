package care.unknot.kit.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import care.unknot.kit.UnknotScript;
import care.unknot.local.LocalJwt;

/**
 * {@code ./unknot token} mints with openssl from the stack's key files (no JVM): a service accepts its tokens with
 * the claims LocalJwt would write, the partner id derived from the subject as TokenCli derives it.
 */
@QuarkusTest
class ScriptTokenTest {

    private static final Path STATE = Path.of("target", "unknot-token-test").toAbsolutePath();

    @BeforeAll
    static void theStacksKeys() throws Exception {
        Files.createDirectories(STATE.resolve("jwt"));
        Files.copy(LocalJwt.shared().dir().resolve(LocalJwt.PRIVATE_KEY_FILE), STATE.resolve("jwt")
                .resolve(LocalJwt.PRIVATE_KEY_FILE), StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aServiceAcceptsTheScriptsTokensForEveryRole() throws Exception {
        for (String role : List.of("therapist", "admin")) {
            given().header("Authorization", "Bearer " + token(role)).when().get("/api/v1/probe/whoami")
                    .then().statusCode(200).body("subject", equalTo(role + "@unknot.local"));
        }
        String patient = UUID.randomUUID().toString();
        given().header("Authorization", "Bearer " + token("patient", patient)).when().get("/api/v1/probe/whoami")
                .then().statusCode(200).body("patientId", equalTo(patient));
        given().header("Authorization", "Bearer " + token("patient")).when().get("/api/v1/probe/whoami")
                .then().statusCode(200).body("patientId", matchesPattern("[0-9a-f-]{36}"));
        given().header("Authorization", "Bearer " + token("partner", "clinic a/b")).when()
                .get("/api/v1/probe/whoami").then().statusCode(200)
                .body("partnerId", equalTo(UUID.nameUUIDFromBytes("clinic a/b".getBytes(StandardCharsets.UTF_8))
                        .toString()));
        String quoted = token("therapist", "dr \"who\" \\ x");
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(quoted.split("\\.")[1]));
        assertThat(claims.get("sub").asText()).isEqualTo("dr \"who\" \\ x");
        given().header("Authorization", "Bearer " + quoted).when().get("/api/v1/probe/numbers").then().statusCode(200);
        given().header("Authorization", "Bearer " + token("partner", "p-user", "p-42")).when()
                .get("/api/v1/probe/whoami").then().statusCode(200).body("partnerId", equalTo("p-42"));
    }

    @Test
    void aTokenSignedWithOtherKeysIsRefused() throws Exception {
        Path other = STATE.resolveSibling("unknot-token-test-other");
        Files.createDirectories(other.resolve("jwt"));
        LocalJwt.fromDir(other.resolve("jwt")); // a new pair
        given().header("Authorization", "Bearer " + run(other, "therapist")).when().get("/api/v1/probe/whoami")
                .then().statusCode(401);
    }

    private static String token(String... args) throws Exception {
        return run(STATE, args);
    }

    private static String run(Path state, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("token"));
        command.addAll(List.of(args));
        UnknotScript.Result result = UnknotScript.run(state, command.toArray(String[]::new));
        assertThat(result.err()).doesNotContain("no keys"); // minted by openssl, not by the JVM fallback
        return result.out().strip();
    }
}
