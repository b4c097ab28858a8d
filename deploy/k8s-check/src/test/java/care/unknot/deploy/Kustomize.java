package care.unknot.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The part of {@code kustomize build} the manifests use, because kustomize cannot be installed here: {@code resources}
 * (files, or directories holding a kustomization.yaml), {@code patches} (files of strategic-merge patches, each
 * document matched to a resource by kind and name), {@code namespace} (set on every resource) and {@code images}
 * ({@code name} to {@code newName}/{@code newTag}). Any other kustomization field fails, so the manifests stay
 * within what this resolves (deploy/README.md says so).
 */
final class Kustomize {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> SUPPORTED = Set.of("apiVersion", "kind", "namespace", "resources", "patches",
            "images");

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
        return resources;
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
