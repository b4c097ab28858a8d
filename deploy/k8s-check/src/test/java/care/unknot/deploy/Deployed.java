package care.unknot.deploy;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;

/** One service's Deployment in a resolved kustomization, and what its container's environment is made of. */
record Deployed(ServiceConfig config, Deployment deployment, Manifests manifests) {

    static Deployed of(ServiceConfig config, Manifests manifests) {
        Deployment deployment = manifests.find(Deployment.class, config.name())
                .orElseThrow(() -> new AssertionError(manifests + ": no Deployment " + config.name()));
        return new Deployed(config, deployment, manifests);
    }

    PodSpec pod() {
        return deployment.getSpec().getTemplate().getSpec();
    }

    Container container() {
        return pod().getContainers().stream().filter(c -> c.getName().equals(config.name())).findFirst()
                .orElseThrow(() -> new AssertionError(config.name() + ": no container named like the service"));
    }

    /**
     * The environment variables a ConfigMap or Secret provides, with their source ("configmap NAME", "secret NAME").
     * A ConfigMap must exist in the manifests with the key; a Secret is created outside them (by an operator or
     * the ops team), so only its name is recorded. Literal {@code value}s are not counted: settings come from a
     * ConfigMap or a Secret.
     */
    Map<String, String> providedEnvironment() {
        Map<String, String> provided = new TreeMap<>();
        Container container = container();
        for (EnvFromSource from : container.getEnvFrom()) {
            if (from.getConfigMapRef() != null) {
                configMap(from.getConfigMapRef().getName()).getData().keySet()
                        .forEach(key -> provided.put(key, "configmap " + from.getConfigMapRef().getName()));
            } else if (from.getSecretRef() != null) {
                throw new AssertionError(config.name() + ": envFrom a Secret hides which variables it provides");
            }
        }
        for (EnvVar env : container.getEnv()) {
            if (env.getValueFrom() == null) {
                continue;
            }
            var configMapKey = env.getValueFrom().getConfigMapKeyRef();
            var secretKey = env.getValueFrom().getSecretKeyRef();
            if (configMapKey != null) {
                if (!configMap(configMapKey.getName()).getData().containsKey(configMapKey.getKey())) {
                    throw new AssertionError(config.name() + ": " + env.getName() + " from a missing key");
                }
                provided.put(env.getName(), "configmap " + configMapKey.getName());
            } else if (secretKey != null) {
                provided.put(env.getName(), "secret " + secretKey.getName());
            }
        }
        return provided;
    }

    /** Every variable the container gets, literal values included (what the compose file must name too). */
    Set<String> environmentNames() {
        Set<String> names = new TreeSet<>(providedEnvironment().keySet());
        container().getEnv().forEach(e -> names.add(e.getName()));
        return names;
    }

    /** The value a ConfigMap gives the variable, or null when it comes from elsewhere. */
    String configuredValue(String variable) {
        Container container = container();
        for (EnvVar env : container.getEnv()) {
            if (env.getName().equals(variable) && env.getValueFrom() != null
                    && env.getValueFrom().getConfigMapKeyRef() != null) {
                return configMap(env.getValueFrom().getConfigMapKeyRef().getName()).getData()
                        .get(env.getValueFrom().getConfigMapKeyRef().getKey());
            }
        }
        return container.getEnvFrom().stream().filter(f -> f.getConfigMapRef() != null)
                .map(f -> configMap(f.getConfigMapRef().getName()).getData().get(variable))
                .filter(Objects::nonNull).findFirst().orElse(null);
    }

    /** The Secret an env variable is read from. */
    String secretOf(String variable) {
        return container().getEnv().stream().filter(e -> e.getName().equals(variable) && e.getValueFrom() != null
                && e.getValueFrom().getSecretKeyRef() != null)
                .map(e -> e.getValueFrom().getSecretKeyRef().getName()).findFirst()
                .orElseThrow(() -> new AssertionError(config.name() + ": " + variable + " is not read from a Secret"));
    }

    /** Secrets the pod reads: env references and volumes. */
    Set<String> secrets() {
        Set<String> names = new TreeSet<>();
        providedEnvironment().values().stream().filter(s -> s.startsWith("secret "))
                .forEach(s -> names.add(s.substring("secret ".length())));
        for (Volume volume : pod().getVolumes()) {
            if (volume.getSecret() != null) {
                names.add(volume.getSecret().getSecretName());
            }
        }
        return names;
    }

    private ConfigMap configMap(String name) {
        return manifests.find(ConfigMap.class, name)
                .orElseThrow(() -> new AssertionError(config.name() + " reads the missing ConfigMap " + name));
    }
}
