package care.unknot.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The kustomize subset behaves like kustomize on what the manifests use. */
class KustomizeTest {

    @TempDir
    Path dir;

    @Test
    void overlayPatchesMergeContainersByNameAndRetagImagesAndSetTheNamespace() throws IOException {
        write("base/kustomization.yaml", """
                resources:
                  - app.yaml
                """);
        write("base/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 2
                  template:
                    spec:
                      containers:
                        - name: app
                          image: unknot/app
                          env: [{name: A, value: "1"}]
                          resources: {requests: {cpu: 250m, memory: 512Mi}}
                        - name: sidecar
                          image: other/sidecar:1
                """);
        write("prod/kustomization.yaml", """
                namespace: prod
                resources:
                  - ../base
                patches:
                  - path: patch.yaml
                images:
                  - name: unknot/app
                    newName: registry.example/unknot/app
                    newTag: "1.2"
                """);
        write("prod/patch.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  replicas: 6
                  template:
                    spec:
                      containers:
                        - name: app
                          env: [{name: B, value: "2"}]
                          resources: {requests: {cpu: "1"}}
                """);

        List<ObjectNode> resolved = Kustomize.build(dir.resolve("prod"));

        ObjectNode deployment = resolved.get(0);
        assertThat(deployment.at("/metadata/namespace").asText()).isEqualTo("prod");
        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(6);
        assertThat(deployment.at("/spec/template/spec/containers/0/image").asText())
                .isEqualTo("registry.example/unknot/app:1.2");
        assertThat(deployment.at("/spec/template/spec/containers/0/env").findValuesAsText("name"))
                .containsExactly("A", "B");
        assertThat(deployment.at("/spec/template/spec/containers/0/resources/requests/cpu").asText()).isEqualTo("1");
        assertThat(deployment.at("/spec/template/spec/containers/0/resources/requests/memory").asText())
                .isEqualTo("512Mi");
        assertThat(deployment.at("/spec/template/spec/containers/1/image").asText()).isEqualTo("other/sidecar:1");
    }

    @Test
    void aKustomizationFieldOutsideTheSubsetFails() throws IOException {
        write("k/kustomization.yaml", """
                resources: []
                secretGenerator:
                  - name: x
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("k"))).hasMessageContaining("secretGenerator");
    }

    @Test
    void aGeneratedConfigMapIsNamedByItsDataAndTheReferencesFollow() throws IOException {
        write("k/kustomization.yaml", """
                resources:
                  - app.yaml
                configMapGenerator:
                  - name: jvm
                    envs:
                      - jvm.env
                """);
        write("k/jvm.env", """
                # the JVM's options
                JAVA_OPTS_APPEND=-XX:+UseParallelGC -XX:MaxRAMPercentage=70
                """);
        write("k/app.yaml", """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: app}
                spec:
                  template:
                    spec:
                      containers:
                        - name: app
                          envFrom: [{configMapRef: {name: jvm}}, {configMapRef: {name: other}}]
                """);

        List<ObjectNode> first = Kustomize.build(dir.resolve("k"));
        write("k/jvm.env", "JAVA_OPTS_APPEND=-XX:+UseG1GC\n");
        List<ObjectNode> second = Kustomize.build(dir.resolve("k"));

        ObjectNode configMap = first.get(1);
        String name = configMap.at("/metadata/name").asText();
        assertThat(name).startsWith("jvm-").hasSize("jvm-".length() + 10);
        assertThat(configMap.at("/data/JAVA_OPTS_APPEND").asText())
                .isEqualTo("-XX:+UseParallelGC -XX:MaxRAMPercentage=70");
        assertThat(first.get(0).at("/spec/template/spec/containers/0/envFrom").findValuesAsText("name"))
                .containsExactly(name, "other");
        assertThat(second.get(1).at("/metadata/name").asText()).as("new data, new name: the pods roll")
                .isNotEqualTo(name);
    }

    @Test
    void aPatchForAMissingResourceFails() throws IOException {
        write("k/kustomization.yaml", """
                resources: []
                patches:
                  - path: p.yaml
                """);
        write("k/p.yaml", """
                kind: Deployment
                metadata: {name: ghost}
                """);
        assertThatThrownBy(() -> Kustomize.build(dir.resolve("k"))).hasMessageContaining("Deployment/ghost");
    }

    private void write(String path, String content) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
