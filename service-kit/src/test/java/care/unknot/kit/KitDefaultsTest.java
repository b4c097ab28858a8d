package care.unknot.kit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxRelay;
import care.unknot.kit.outbox.mongo.MongoOutboxRelay;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.KafkaClientService;

/** The kit's shipped defaults reach a service that does not repeat them, and its OpenAPI conventions apply. */
@QuarkusTest
class KitDefaultsTest {

    @Inject
    KafkaClientService kafka;
    @Inject
    OutboxConfig outboxConfig;

    @Test
    void outboxProducerUsesTheKitsShippedSettings() {
        Map<String, ?> producer = kafka.getProducer("outbox").configuration();
        assertThat(String.valueOf(producer.get("acks"))).isEqualTo("all");
        assertThat(String.valueOf(producer.get("enable.idempotence"))).isEqualTo("true");
        assertThat(String.valueOf(producer.get("value.serializer")))
                .isEqualTo("org.apache.kafka.common.serialization.StringSerializer");
        assertThat(ConfigProvider.getConfig().getValue("unknot.outbox.source", String.class)).isEqualTo("/kit-test");
    }

    @Test
    void outboxProducerGivesUpOnARecordNoLaterThanTheRelayWaitsForIt() {
        Object delivery = kafka.getProducer("outbox").configuration().get("delivery.timeout.ms");
        assertThat(delivery).as("set by the kit (Kafka's default is 2 minutes)").isNotNull();
        assertThat(Duration.ofMillis(Long.parseLong(String.valueOf(delivery))))
                .isLessThanOrEqualTo(outboxConfig.publishTimeout());
    }

    @Test
    void proactiveAuthenticationIsOffSoAuthFailuresReachTheProblemMappers() {
        // a build-time key: the kit's value must be seen by the build, and a bad token still yields problem+json
        assertThat(ConfigProvider.getConfig().getValue("quarkus.http.auth.proactive", Boolean.class)).isFalse();
        given().header("Authorization", "Bearer x.y.z").when().get("/api/v1/probe/whoami")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void jdbcServiceHasNoMongoBeansOfTheKit() {
        assertThat(Arc.container().select(OutboxRelay.class).isResolvable()).isTrue();
        assertThat(Arc.container().select(MongoOutboxRelay.class).isResolvable()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationRequiresTheBearerSchemeAndPostsDocumentIdempotencyKey() {
        JsonPath openapi = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        assertThat(openapi.getString("components.securitySchemes.bearer.scheme")).isEqualTo("bearer");
        assertThat(openapi.getString("components.securitySchemes.bearer.bearerFormat")).isEqualTo("JWT");
        Map<String, Map<String, Map<String, Object>>> paths = openapi.getMap("paths");
        int operations = 0;
        for (var path : paths.entrySet()) {
            for (var operation : path.getValue().entrySet()) {
                operations++;
                List<Map<String, List<String>>> security = (List<Map<String, List<String>>>) operation.getValue()
                        .get("security");
                assertThat(security).as("%s %s", operation.getKey(), path.getKey()).hasSize(1);
                assertThat(security.get(0)).containsOnlyKeys("bearer");
                if (operation.getKey().equals("post")) {
                    assertThat(String.valueOf(operation.getValue().get("parameters")))
                            .contains("Idempotency-Key");
                }
            }
        }
        assertThat(operations).isGreaterThanOrEqualTo(8);
        assertThat(openapi.getMap("components.securitySchemes")).containsOnlyKeys("bearer");
        assertThat(openapi.getList("paths.'/api/v1/probe/admin-only'.post.security.bearer.flatten()"))
                .containsExactly("admin");
    }
}
