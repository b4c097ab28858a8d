package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyEgressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;

/**
 * Each service may take HTTP from the ingress controller and Prometheus only, and reach DNS, the Kafka brokers
 * and its own store only (the store named by its {@code unknot.store}); notification-service also reaches public
 * HTTPS and SMTP-submission addresses, which its channels and partner webhooks need.
 */
class NetworkPolicyTest {

    /** Services that deliver to the outside world (email, SMS, push, partner webhooks). */
    private static final Set<String> DELIVERS_OUTSIDE = Set.of("notification-service");
    private static final Set<String> PRIVATE_RANGES = Set.of("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16",
            "169.254.0.0/16", "127.0.0.0/8", "100.64.0.0/10");

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void ingressOnlyFromTheIngressControllerAndPrometheusOnTheHttpPort(Manifests manifests) {
        for (ServiceConfig service : ServiceConfig.all()) {
            NetworkPolicy policy = policyOf(service, manifests);
            int httpPort = Integer.parseInt(Deployed.of(service, manifests).configuredValue("QUARKUS_HTTP_PORT"));
            assertThat(policy.getSpec().getPolicyTypes()).containsExactlyInAnyOrder("Ingress", "Egress");
            Set<String> sources = new TreeSet<>();
            for (NetworkPolicyIngressRule rule : policy.getSpec().getIngress()) {
                assertThat(rule.getPorts()).extracting(p -> p.getPort().getIntVal()).containsExactly(httpPort);
                assertThat(rule.getFrom()).as("an empty 'from' admits everyone").isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getFrom()) {
                    assertThat(peer.getIpBlock()).isNull();
                    String namespace = peer.getNamespaceSelector().getMatchLabels().get("kubernetes.io/metadata.name");
                    String pod = peer.getPodSelector().getMatchLabels().get("app.kubernetes.io/name");
                    sources.add(namespace + "/" + pod);
                }
            }
            assertThat(sources).as(service.name())
                    .containsExactlyInAnyOrder("ingress-nginx/ingress-nginx", "monitoring/prometheus");
        }
    }

    @ParameterizedTest
    @MethodSource(KustomizationsFixture.ALL_SOURCE)
    void egressOnlyToDnsKafkaAndTheServicesOwnStore(Manifests manifests) {
        GenericKubernetesResource kafka = manifests.generic("Kafka").get(0);
        for (ServiceConfig service : ServiceConfig.all()) {
            Deployed deployed = Deployed.of(service, manifests);
            String bootstrap = deployed.configuredValue("KAFKA_BOOTSTRAP_SERVERS");
            int kafkaPort = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
            assertThat(bootstrap).startsWith(kafka.getMetadata().getName() + "-kafka-bootstrap:");

            List<String> reached = new ArrayList<>();
            for (NetworkPolicyEgressRule rule : policyOf(service, manifests).getSpec().getEgress()) {
                assertThat(rule.getTo()).as("%s: an empty 'to' reaches everything", service.name()).isNotEmpty();
                for (NetworkPolicyPeer peer : rule.getTo()) {
                    reached.add(classify(peer, rule.getPorts(), kafka.getMetadata().getName(), kafkaPort));
                }
            }
            List<String> expected = new ArrayList<>(List.of("dns", "kafka",
                    service.store().equals("jdbc") ? "postgres:" + postgresCluster(manifests) : "mongodb:" + mongo(manifests)));
            if (DELIVERS_OUTSIDE.contains(service.name())) {
                expected.add("public https+smtp");
            }
            assertThat(reached).as("%s egress", service.name()).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    private static String classify(NetworkPolicyPeer peer, List<NetworkPolicyPort> ports, String kafka, int kafkaPort) {
        Set<String> portSet = new TreeSet<>();
        ports.forEach(p -> portSet.add(p.getProtocol() + "/" + p.getPort().getIntVal()));
        Map<String, String> pods = peer.getPodSelector() == null ? Map.of() : peer.getPodSelector().getMatchLabels();
        if (peer.getIpBlock() != null) {
            assertThat(peer.getIpBlock().getCidr()).isEqualTo("0.0.0.0/0");
            assertThat(peer.getIpBlock().getExcept()).as("no private or cluster addresses (SSRF)")
                    .containsAll(PRIVATE_RANGES);
            assertThat(portSet).containsExactlyInAnyOrder("TCP/443", "TCP/587");
            return "public https+smtp";
        }
        if ("kube-dns".equals(pods.get("k8s-app"))) {
            assertThat(peer.getNamespaceSelector().getMatchLabels())
                    .containsEntry("kubernetes.io/metadata.name", "kube-system");
            assertThat(portSet).containsExactlyInAnyOrder("UDP/53", "TCP/53");
            return "dns";
        }
        assertThat(peer.getNamespaceSelector()).as("stores and brokers live in the service's namespace").isNull();
        if (pods.containsKey("strimzi.io/cluster")) {
            assertThat(pods).containsEntry("strimzi.io/cluster", kafka).containsEntry("strimzi.io/kind", "Kafka");
            assertThat(portSet).containsExactly("TCP/" + kafkaPort);
            return "kafka";
        }
        if (pods.containsKey("cnpg.io/cluster")) {
            assertThat(portSet).containsExactly("TCP/5432");
            return "postgres:" + pods.get("cnpg.io/cluster");
        }
        if (pods.containsKey("app") && pods.get("app").endsWith("-svc")) {
            assertThat(portSet).containsExactly("TCP/27017");
            return "mongodb:" + pods.get("app").replaceFirst("-svc$", "");
        }
        throw new AssertionError("egress to an unexpected peer " + peer);
    }

    private static NetworkPolicy policyOf(ServiceConfig service, Manifests manifests) {
        List<NetworkPolicy> selecting = manifests.all(NetworkPolicy.class).stream()
                .filter(p -> service.name().equals(p.getSpec().getPodSelector().getMatchLabels()
                        .get("app.kubernetes.io/name")))
                .toList();
        assertThat(selecting).as("%s: policies selecting it", service.name()).hasSize(1);
        return selecting.get(0);
    }

    private static String postgresCluster(Manifests manifests) {
        return manifests.generic("Cluster").get(0).getMetadata().getName();
    }

    private static String mongo(Manifests manifests) {
        return manifests.generic("MongoDBCommunity").get(0).getMetadata().getName();
    }
}
