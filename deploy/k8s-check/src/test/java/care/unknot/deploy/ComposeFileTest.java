package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import care.unknot.events.Topics;

/** deploy/compose/docker-compose.yml runs the same images with the same environment variables as Kubernetes. */
class ComposeFileTest {

    private static final Path COMPOSE_DIR = ServiceConfig.ROOT.resolve("deploy/compose");
    private static final JsonNode COMPOSE = Kustomize.readAll(COMPOSE_DIR.resolve("docker-compose.yml")).get(0);
    private static final Manifests PROD = KustomizationsFixture.ALL.get(2);

    @Test
    void everyServiceGetsTheSameVariablesAsOnKubernetes() {
        for (ServiceConfig service : ServiceConfig.all()) {
            JsonNode composed = composed(service);
            Set<String> names = new TreeSet<>();
            composed.path("environment").fieldNames().forEachRemaining(names::add);
            names.addAll(envFileNames(composed));
            assertThat(names).as("%s: compose environment", service.name())
                    .isEqualTo(Deployed.of(service, PROD).environmentNames())
                    .containsAll(service.productionEnvironment());
        }
    }

    @Test
    void imagesAndPortsMatchTheServices() {
        for (ServiceConfig service : ServiceConfig.all()) {
            JsonNode composed = composed(service);
            // the tag is ${UNKNOT_VERSION:-<version>}
            String image = composed.path("image").asText().replaceFirst(":\\$\\{.*$", "");
            assertThat(Kustomize.nameOf(image)).isEqualTo(service.imageName());
            String httpPort = composed.path("environment").path("QUARKUS_HTTP_PORT").asText();
            assertThat(composed.path("ports").get(0).asText()).endsWith(":" + httpPort);
            assertThat(composed.path("read_only").asBoolean()).isTrue();
            assertThat(composed.path("user").asText()).isNotIn("", "0", "root");
        }
    }

    @Test
    void realKafkaPostgresAndMongoImagesWithEveryTopicOfTheContracts() {
        JsonNode services = COMPOSE.path("services");
        assertThat(services.path("kafka").path("image").asText()).startsWith("apache/kafka:");
        assertThat(services.path("postgres").path("image").asText()).startsWith("postgres:");
        assertThat(services.path("mongo").path("image").asText()).startsWith("mongo:");
        String topicScript = services.path("kafka-topics").path("command").toString();
        Topics.EVENT_TOPICS.forEach(t -> assertThat(topicScript).contains(t));
        Topics.DEAD_LETTER_TOPICS.forEach(t -> assertThat(topicScript).contains(t));
    }

    @Test
    void everyServiceRunsWithTheJvmOptionsOfKubernetes() {
        for (ServiceConfig service : ServiceConfig.all()) {
            assertThat(composed(service).path("env_file").toString()).as(service.name())
                    .contains("../k8s/base/jvm.env");
        }
    }

    /** Names of the variables a service's {@code env_file}s (relative to the compose file) set. */
    private static Set<String> envFileNames(JsonNode composed) {
        Set<String> names = new TreeSet<>();
        for (JsonNode file : composed.path("env_file")) {
            try {
                for (String line : Files.readAllLines(COMPOSE_DIR.resolve(file.asText()))) {
                    if (!line.isBlank() && !line.startsWith("#") && line.indexOf('=') > 0) {
                        names.add(line.substring(0, line.indexOf('=')).strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return names;
    }

    private static JsonNode composed(ServiceConfig service) {
        JsonNode composed = COMPOSE.path("services").path(service.name());
        assertThat(composed.isMissingNode()).as("compose service %s", service.name()).isFalse();
        return composed;
    }
}
