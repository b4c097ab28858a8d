package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import care.unknot.events.Topics;

/** The operator resources: Strimzi Kafka, topics and users, CloudNativePG, MongoDB, against the services' sources. */
@SuppressWarnings("unchecked")
class InfraManifestsTest {

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void kafkaRunsThreeKraftNodesThatKeepTwoInSyncCopies(Manifests manifests) {
        assertThat(manifests.generic("Kafka")).hasSize(1);
        GenericKubernetesResource kafka = manifests.generic("Kafka").get(0);
        Map<String, Object> config = (Map<String, Object>) kafka.<Map<String, Object>>get("spec", "kafka").get("config");
        assertThat(config).containsEntry("min.insync.replicas", 2).containsEntry("default.replication.factor", 3)
                .containsEntry("auto.create.topics.enable", false);
        int brokers = 0;
        boolean controllers = false;
        for (GenericKubernetesResource pool : manifests.generic("KafkaNodePool")) {
            assertThat(pool.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", kafka.getMetadata().getName());
            List<String> roles = pool.get("spec", "roles");
            brokers += roles.contains("broker") ? (Integer) pool.get("spec", "replicas") : 0;
            controllers |= roles.contains("controller");
        }
        assertThat(brokers).isEqualTo(3);
        assertThat(controllers).as("KRaft: controllers in a node pool, no ZooKeeper").isTrue();
        assertThat(kafka.getAdditionalProperties().get("spec").toString()).doesNotContain("zookeeper");
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void topicsAreExactlyThoseOfEventContractsWithThreeReplicasAndTwoInSync(Manifests manifests) {
        Set<String> topics = new TreeSet<>();
        String cluster = manifests.generic("Kafka").get(0).getMetadata().getName();
        for (GenericKubernetesResource topic : manifests.generic("KafkaTopic")) {
            topics.add(topic.get("spec", "topicName"));
            assertThat(topic.getMetadata().getLabels()).containsEntry("strimzi.io/cluster", cluster);
            assertThat((Integer) topic.get("spec", "replicas")).isEqualTo(3);
            assertThat((Integer) topic.get("spec", "partitions")).isPositive();
            assertThat((Map<String, Object>) topic.get("spec", "config")).containsEntry("min.insync.replicas", "2");
        }
        Set<String> contracts = new TreeSet<>(Topics.EVENT_TOPICS);
        contracts.addAll(Topics.DEAD_LETTER_TOPICS);
        assertThat(topics).isEqualTo(contracts);
        // and the services use no topic the contracts do not name
        for (ServiceConfig service : ServiceConfig.all()) {
            assertThat(contracts).contains(service.outgoingTopic()).containsAll(service.consumedTopics())
                    .containsAll(service.deadLetterTopics());
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void eachServiceWritesOnlyItsOwnTopicsAndReadsWhatItConsumes(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            GenericKubernetesResource user = manifests.generic("KafkaUser").stream()
                    .filter(u -> u.getMetadata().getName().equals(service.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no KafkaUser " + service.name()));
            assertThat((String) user.get("spec", "authentication", "type")).isEqualTo("scram-sha-512");
            assertThat(Deployed.of(service, manifests).secretOf("KAFKA_SASL_JAAS_CONFIG"))
                    .as("the secret Strimzi writes for the user").isEqualTo(service.name());
            Set<String> writes = new TreeSet<>();
            Set<String> reads = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            for (Map<String, Object> acl : (List<Map<String, Object>>) user.get("spec", "authorization", "acls")) {
                Map<String, Object> resource = (Map<String, Object>) acl.get("resource");
                assertThat(resource.get("patternType")).as("no wildcard or prefix grants").isEqualTo("literal");
                List<String> operations = (List<String>) acl.get("operations");
                String name = (String) resource.get("name");
                if (resource.get("type").equals("group")) {
                    groups.add(name);
                } else {
                    assertThat(resource.get("type")).isEqualTo("topic");
                    assertThat(operations).doesNotContain("All", "Delete", "Alter", "AlterConfigs", "Create");
                    if (operations.contains("Write")) {
                        writes.add(name);
                    }
                    if (operations.contains("Read")) {
                        reads.add(name);
                    }
                }
            }
            Set<String> ownTopics = new TreeSet<>(Set.of(service.outgoingTopic(), Topics.deadLetter(service.name())));
            assertThat(writes).as("%s writes", service.name()).isEqualTo(ownTopics);
            assertThat(service.deadLetterTopics()).isSubsetOf(ownTopics);
            assertThat(reads).as("%s reads", service.name()).containsAll(service.consumedTopics())
                    .isSubsetOf(Topics.EVENT_TOPICS);
            // its own name, and the further groups its channels name (notification-service's webhooks consume
            // in group notification-webhooks): no group of another service
            Set<String> ownGroups = new TreeSet<>(service.consumerGroups());
            ownGroups.add(service.name());
            assertThat(groups).as("%s groups", service.name()).containsAll(service.consumerGroups())
                    .isSubsetOf(ownGroups);
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void eachPostgresServiceHasItsOwnDatabaseAndRoleOnTheCluster(Manifests manifests) {
        GenericKubernetesResource cluster = manifests.generic("Cluster").get(0);
        String clusterName = cluster.getMetadata().getName();
        assertThat((Integer) cluster.get("spec", "instances")).isGreaterThanOrEqualTo(3);
        Map<String, String> ownerSecretByDatabase = new java.util.HashMap<>();
        ownerSecretByDatabase.put(cluster.get("spec", "bootstrap", "initdb", "database"),
                cluster.get("spec", "bootstrap", "initdb", "secret", "name"));
        Map<String, String> secretByRole = new java.util.HashMap<>();
        secretByRole.put(cluster.get("spec", "bootstrap", "initdb", "owner"),
                cluster.get("spec", "bootstrap", "initdb", "secret", "name"));
        for (Map<String, Object> role : (List<Map<String, Object>>) cluster.get("spec", "managed", "roles")) {
            secretByRole.put((String) role.get("name"), (String) ((Map<String, Object>) role.get("passwordSecret")).get("name"));
        }
        for (GenericKubernetesResource database : manifests.generic("Database")) {
            assertThat((String) database.get("spec", "cluster", "name")).isEqualTo(clusterName);
            ownerSecretByDatabase.put(database.get("spec", "name"), secretByRole.get((String) database.get("spec", "owner")));
        }
        Set<String> databases = new HashSet<>();
        for (ServiceConfig service : ServiceConfig.all()) {
            if (!service.store().equals("jdbc")) {
                continue;
            }
            Deployed deployed = Deployed.of(service, manifests);
            String urlVariable = envName(service, "quarkus.datasource.jdbc.url");
            Matcher url = Pattern.compile("jdbc:postgresql://([^:/]+):5432/([a-z_]+)(\\?.*)?")
                    .matcher(deployed.configuredValue(urlVariable));
            assertThat(url.matches()).as(deployed.configuredValue(urlVariable)).isTrue();
            assertThat(url.group(1)).as("the primary's service").isEqualTo(clusterName + "-rw");
            assertThat(databases.add(url.group(2))).as("one database per service").isTrue();
            assertThat(ownerSecretByDatabase).as(service.name()).containsKey(url.group(2));
            String credentials = ownerSecretByDatabase.get(url.group(2));
            assertThat(deployed.secretOf(envName(service, "quarkus.datasource.username"))).isEqualTo(credentials);
            assertThat(deployed.secretOf(envName(service, "quarkus.datasource.password"))).isEqualTo(credentials);
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void diaryServiceUsesItsOwnUserOnAMongoReplicaSetWithItsIndexes(Manifests manifests) throws Exception {
        GenericKubernetesResource mongo = manifests.generic("MongoDBCommunity").get(0);
        assertThat((String) mongo.get("spec", "type")).isEqualTo("ReplicaSet");
        assertThat((Integer) mongo.get("spec", "members")).isGreaterThanOrEqualTo(3);
        for (ServiceConfig service : ServiceConfig.all()) {
            if (!service.store().equals("mongodb")) {
                continue;
            }
            String secret = Deployed.of(service, manifests).secretOf(envName(service, "quarkus.mongodb.connection-string"));
            Map<String, Object> user = ((List<Map<String, Object>>) mongo.get("spec", "users")).stream()
                    .filter(u -> secret.equals(u.get("connectionStringSecretName"))).findFirst()
                    .orElseThrow(() -> new AssertionError("no MongoDB user writes the secret " + secret));
            assertThat((List<Map<String, Object>>) user.get("roles"))
                    .containsExactly(Map.of("name", "readWrite", "db", service.value("quarkus.mongodb.database").orElseThrow()));
        }
        String script = manifests.find(ConfigMap.class, "diary-mongo-indexes").orElseThrow().getData().get("indexes.js");
        for (String keys : indexKeysCreatedInCode()) {
            assertThat(script).as("the index script creates the index the code creates").contains("{ " + keys + " }");
        }
    }

    /**
     * {@code Indexes.ascending("a", "b")} in diary-service and service-kit, as {@code a: 1, b: 1}; a field named by a
     * constant ({@code NEXT_RUN}, {@code MongoOutbox.LEASE_FIELD}) is resolved from its {@code String NAME = "..."}.
     */
    private static List<String> indexKeysCreatedInCode() throws Exception {
        List<String> keys = new ArrayList<>();
        Pattern ascending = Pattern.compile("createIndex\\(Indexes\\.ascending\\(([^)]*)\\)");
        Pattern constant = Pattern.compile("String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"");
        List<String> sources = new ArrayList<>();
        for (String module : List.of("diary-service", "service-kit")) {
            try (Stream<Path> files = Files.walk(ServiceConfig.ROOT.resolve(module).resolve("src/main/java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    sources.add(Files.readString(file));
                }
            }
        }
        Map<String, String> constants = new java.util.HashMap<>();
        sources.forEach(source -> constant.matcher(source).results().forEach(c -> constants.put(c.group(1), c.group(2))));
        for (String source : sources) {
            Matcher m = ascending.matcher(source);
            while (m.find()) {
                List<String> fields = new ArrayList<>();
                for (String field : m.group(1).split(",")) {
                    String name = field.trim();
                    String simpleName = name.substring(name.lastIndexOf('.') + 1);
                    String resolved = name.startsWith("\"") ? name.replace("\"", "")
                            : java.util.Optional.ofNullable(constants.get(simpleName))
                                    .orElseThrow(() -> new AssertionError("index field constant not found: " + name));
                    fields.add(resolved + ": 1");
                }
                keys.add(String.join(", ", fields));
            }
        }
        assertThat(keys).as("the code creates indexes (the pattern still finds them)").isNotEmpty();
        return keys;
    }

    /** The environment variable a production setting is read from, e.g. INTAKE_DB_URL for the JDBC URL. */
    private static String envName(ServiceConfig service, String key) {
        Matcher m = Pattern.compile("\\$\\{([A-Z0-9_]+)").matcher(service.value(key).orElseThrow());
        assertThat(m.find()).as("%s: %s comes from the environment", service.name(), key).isTrue();
        return m.group(1);
    }
}
