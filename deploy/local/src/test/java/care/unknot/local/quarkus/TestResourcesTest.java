package care.unknot.local.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import care.unknot.local.LocalJwt;
import care.unknot.local.LocalKafka;
import care.unknot.local.LocalMongo;
import care.unknot.local.LocalPostgres;

class TestResourcesTest {

    @Test
    void kafkaResourceSetsTheSharedBrokerAndStopLeavesItRunning() {
        KafkaTestResource resource = new KafkaTestResource();

        Map<String, String> config = resource.start();
        resource.stop();

        assertThat(config).containsExactly(Map.entry("kafka.bootstrap.servers", LocalKafka.shared().bootstrapServers()));
        assertThat(new KafkaTestResource().start()).isEqualTo(config);
    }

    @Test
    void postgresResourceCreatesTheNamedDatabaseOnTheSharedCluster() throws Exception {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of("database", "notification"));

        Map<String, String> config = resource.start();
        resource.stop();

        String url = config.get("quarkus.datasource.jdbc.url");
        assertThat(url).isEqualTo("jdbc:postgresql://127.0.0.1:" + LocalPostgres.shared().port() + "/notification");
        assertThat(config).containsEntry("quarkus.datasource.username", "postgres")
                .containsEntry("quarkus.datasource.password", "postgres");
        try (var connection = LocalPostgres.shared().connect("notification")) {
            assertThat(connection.isValid(5)).isTrue();
        }
    }

    @Test
    void postgresResourceDefaultsToTheUnknotDatabase() {
        PostgresTestResource resource = new PostgresTestResource();
        resource.init(Map.of());

        assertThat(resource.start().get("quarkus.datasource.jdbc.url")).endsWith("/unknot");
    }

    @Test
    void mongoResourceSetsTheSharedConnectionString() {
        assertThat(new MongoTestResource().start())
                .containsExactly(Map.entry("quarkus.mongodb.connection-string", LocalMongo.shared().connectionString()));
    }

    @Test
    void jwtResourceSetsThePublicKeyAndIssuer() {
        Map<String, String> config = new JwtTestResource().start();

        assertThat(config).containsEntry("mp.jwt.verify.issuer", "https://unknot.local")
                .containsEntry("mp.jwt.verify.publickey.location", LocalJwt.shared().publicKeyLocation())
                .containsEntry("mp.jwt.verify.publickey", LocalJwt.shared().publicKeyPem());
        assertThat(LocalJwt.shared().publicKeyFile()).exists();
    }
}
