package care.unknot.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The part of {@code kustomize build} the manifests use, because kustomize cannot be installed here: {@code resources}
 * (files, or directories holding a kustomization.yaml), {@code patches} (files of strategic-merge patches, each
 * document matched to a resource by kind and name), {@code namespace} (set on every resource) and {@code images}
 * ({@code name} to {@code newName}/{@code newTag}) and {@code configMapGenerator} ({@code name} with {@code envs}
 * files of {@code KEY=value} lines and/or {@code literals}: a ConfigMap named {@code <name>-<hash of its data>}, and
 * every {@code configMapRef}, {@code configMapKeyRef} and {@code configMap} volume naming it renamed to that, so a
 * change of the data rolls the Deployments that read it, as kustomize does; the hash digits are not kustomize's).
 * Any other kustomization field fails, so the manifests stay within what this resolves (deploy/README.md says so).
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "patches",
            "images", "configMapGenerator");
    private static final Set<String> GENERATOR_FIELDS = Set.of("name", "envs", "literals");

    private Kustomize() {
    }

    /** The resources of the kustomization in {@code dir}, resolved. */
    static List<ObjectNode> build(Path dir) {
        JsonNode kustomization = readAll(dir.resolve("kustomization.yaml")).get(0);
        for (Iterator<String> names = kustomization.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!SUPPORTED.contains(field)) {
                throw new IllegalArgumentException(dir + ": kustomization field '" + field
                        + "' is outside the subset deploy/k8s-check resolves");
            }
        }
        List<ObjectNode> resources = new ArrayList<>();
        for (JsonNode entry : kustomization.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(build(path));
            } else {
                readAll(path).forEach(doc -> resources.add((ObjectNode) doc));
            }
        }
        Map<String, String> generatedNames = new LinkedHashMap<>();
        for (JsonNode generator : kustomization.path("configMapGenerator")) {
            ObjectNode configMap = generatedConfigMap(dir, generator);
            generatedNames.put(generator.get("name").asText(), configMap.at("/metadata/name").asText());
            resources.add(configMap);
        }
        for (JsonNode patch : kustomization.path("patches")) {
            if (patch.size() != 1 || !patch.has("path")) {
                throw new IllegalArgumentException(dir + ": only 'patches: - path: <file>' is supported");
            }
            for (JsonNode doc : readAll(dir.resolve(patch.get("path").asText()))) {
                StrategicMerge.merge(target(resources, doc), doc);
            }
        }
        if (kustomization.has("namespace")) {
            String namespace = kustomization.get("namespace").asText();
            resources.forEach(r -> ((ObjectNode) r.get("metadata")).put("namespace", namespace));
        }
        for (JsonNode image : kustomization.path("images")) {
            resources.forEach(r -> retag(r, image));
        }
        generatedNames.forEach((name, hashed) -> resources.forEach(r -> renameConfigMapReferences(r, name, hashed)));
        return resources;
    }

    private static ObjectNode generatedConfigMap(Path dir, JsonNode generator) {
        for (Iterator<String> names = generator.fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!GENERATOR_FIELDS.contains(field)) {
                throw new IllegalArgumentException(dir + ": configMapGenerator field '" + field
                        + "' is outside the subset deploy/k8s-check resolves");
            }
        }
        String name = generator.path("name").asText();
        if (name.isEmpty()) {
            throw new IllegalArgumentException(dir + ": a configMapGenerator needs a name");
        }
        Map<String, String> data = new TreeMap<>();
        for (JsonNode envs : generator.path("envs")) {
            try {
                for (String line : Files.readAllLines(dir.resolve(envs.asText()))) {
                    keyValue(dir, line).ifPresent(kv -> data.put(kv[0], kv[1]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(dir.resolve(envs.asText()).toString(), e);
            }
        }
        for (JsonNode literal : generator.path("literals")) {
            keyValue(dir, literal.asText()).ifPresent(kv -> data.put(kv[0], kv[1]));
        }
        ObjectNode configMap = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
        configMap.putObject("metadata").put("name", name + "-" + hash(name, data));
        ObjectNode dataNode = configMap.putObject("data");
        data.forEach(dataNode::put);
        return configMap;
    }

    /** A {@code KEY=value} line of an env file (blank lines and {@code #} comments skipped), as kustomize reads it. */
    private static Optional<String[]> keyValue(Path dir, String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
            return Optional.empty();
        }
        int equals = trimmed.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException(dir + ": '" + trimmed + "' is not KEY=value");
        }
        return Optional.of(new String[] {trimmed.substring(0, equals), trimmed.substring(equals + 1)});
    }

    private static String hash(String name, Map<String, String> data) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((name + data).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void renameConfigMapReferences(JsonNode node, String name, String hashed) {
        if (node instanceof ObjectNode object) {
            for (String field : List.of("configMapRef", "configMapKeyRef", "configMap")) {
                JsonNode reference = object.get(field);
                if (reference instanceof ObjectNode ref && name.equals(ref.path("name").asText())) {
                    ref.put("name", hashed);
                }
            }
            object.elements().forEachRemaining(child -> renameConfigMapReferences(child, name, hashed));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> renameConfigMapReferences(child, name, hashed));
        }
    }

    static List<JsonNode> readAll(Path file) {
        try (var parser = YAML.getFactory().createParser(file.toFile())) {
            List<JsonNode> docs = new ArrayList<>();
            YAML.readValues(parser, JsonNode.class).forEachRemaining(doc -> {
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            });
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(file.toString(), e);
        }
    }

    private static ObjectNode target(List<ObjectNode> resources, JsonNode patch) {
        String kind = patch.path("kind").asText();
        String name = patch.path("metadata").path("name").asText();
        return resources.stream()
                .filter(r -> r.path("kind").asText().equals(kind) && r.path("metadata").path("name").asText().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("patch for a missing resource " + kind + "/" + name));
    }

    /** Rewrites {@code image:} values whose name (without tag) is the entry's {@code name}, anywhere in the resource. */
    private static void retag(JsonNode node, JsonNode image) {
        if (node instanceof ObjectNode object) {
            JsonNode value = object.get("image");
            if (value != null && value.isTextual() && nameOf(value.asText()).equals(image.get("name").asText())) {
                String name = image.has("newName") ? image.get("newName").asText() : nameOf(value.asText());
                String tag = image.has("newTag") ? image.get("newTag").asText() : tagOf(value.asText());
                object.put("image", tag.isEmpty() ? name : name + ":" + tag);
            }
            object.elements().forEachRemaining(child -> retag(child, image));
        } else if (node instanceof ArrayNode array) {
            array.forEach(child -> retag(child, image));
        }
    }

    static String nameOf(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(0, colon) : image;
    }

    static String tagOf(String image) {
        int colon = image.lastIndexOf(':');
        return colon > image.lastIndexOf('/') ? image.substring(colon + 1) : "";
    }
}
