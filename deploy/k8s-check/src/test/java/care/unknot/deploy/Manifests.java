package care.unknot.deploy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * A resolved kustomization read into typed models: the Kubernetes kinds into fabric8's classes, where a field the
 * class does not know fails (fabric8 would keep it silently in {@code additionalProperties}); the operators' kinds
 * (Strimzi, CloudNativePG, MongoDB, Prometheus Operator), for which no model resolves here, as
 * {@link GenericKubernetesResource}. A kind in neither list fails.
 */
final class Manifests {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final Map<String, Class<? extends HasMetadata>> TYPED = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Secret", Secret.class,
            "v1/Service", Service.class,
            "v1/ServiceAccount", ServiceAccount.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class,
            "networking.k8s.io/v1/Ingress", Ingress.class,
            "batch/v1/Job", Job.class);

    private static final List<String> OPERATOR_KINDS = List.of(
            "kafka.strimzi.io/v1beta2/Kafka", "kafka.strimzi.io/v1beta2/KafkaNodePool",
            "kafka.strimzi.io/v1beta2/KafkaTopic", "kafka.strimzi.io/v1beta2/KafkaUser",
            "postgresql.cnpg.io/v1/Cluster", "postgresql.cnpg.io/v1/Database", "postgresql.cnpg.io/v1/ScheduledBackup",
            "mongodbcommunity.mongodb.com/v1/MongoDBCommunity", "monitoring.coreos.com/v1/ServiceMonitor");

    final String name;
    private final List<HasMetadata> resources = new ArrayList<>();

    private Manifests(String name) {
        this.name = name;
    }

    static Manifests of(Path kustomizationDir) {
        Manifests manifests = new Manifests(kustomizationDir.getFileName().toString());
        for (ObjectNode node : Kustomize.build(kustomizationDir)) {
            String key = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
            String where = key + " " + node.path("metadata").path("name").asText();
            if (key.equals("v1/ConfigMap")) {
                // the API server takes only strings; YAML's true or 8080 would be coerced here but refused there
                node.path("data").fields().forEachRemaining(e -> {
                    if (!e.getValue().isTextual()) {
                        throw new AssertionError(where + ": data." + e.getKey() + " must be a quoted string");
                    }
                });
            }
            Class<? extends HasMetadata> type = TYPED.get(key);
            HasMetadata resource;
            if (type != null) {
                try {
                    resource = MAPPER.convertValue(node, type);
                } catch (IllegalArgumentException e) {
                    throw new AssertionError(where + ": " + e.getMessage(), e);
                }
                List<String> unknown = new ArrayList<>();
                unknownFields(resource, where, unknown);
                if (!unknown.isEmpty()) {
                    throw new AssertionError("fields the Kubernetes model does not know: " + unknown);
                }
            } else if (OPERATOR_KINDS.contains(key)) {
                resource = MAPPER.convertValue(node, GenericKubernetesResource.class);
            } else {
                throw new AssertionError(where + ": a kind this check does not read");
            }
            manifests.resources.add(resource);
        }
        return manifests;
    }

    List<HasMetadata> all() {
        return resources;
    }

    <T extends HasMetadata> List<T> all(Class<T> type) {
        return resources.stream().filter(type::isInstance).map(type::cast).toList();
    }

    <T extends HasMetadata> Optional<T> find(Class<T> type, String name) {
        return all(type).stream().filter(r -> r.getMetadata().getName().equals(name)).findFirst();
    }

    List<GenericKubernetesResource> generic(String kind) {
        return all(GenericKubernetesResource.class).stream().filter(r -> r.getKind().equals(kind)).toList();
    }

    @Override
    public String toString() {
        return name;
    }

    /** Walks fabric8 model objects and collects every non-empty {@code additionalProperties}. */
    private static void unknownFields(Object object, String path, List<String> unknown) {
        if (object == null) {
            return;
        }
        if (object instanceof Collection<?> list) {
            int i = 0;
            for (Object item : list) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (object instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!object.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method getter : object.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getName().equals("getClass")) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(object);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if (getter.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                unknownFields(value, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }
}
