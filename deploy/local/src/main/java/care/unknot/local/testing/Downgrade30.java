package care.unknot.local.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The committed OpenAPI 3.1 document rewritten as the equivalent 3.0 document, because the request validator
 * (swagger-request-validator 2.46) checks schemas with a draft-4 engine and silently ignores 3.1's
 * {@code type: [string, "null"]}. Only the forms our documents use are rewritten: a {@code "null"} in a type list,
 * an {@code anyOf}/{@code oneOf} member {@code {type: "null"}} (becomes a nullable
 * {@code enum: [null]}), and
 * schema-level {@code examples} lists (dropped; 3.0 has {@code example}).
 */
final class Downgrade30 {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** SnakeYAML is thread-unsafe, hence one per thread. */
    private static final ThreadLocal<Yaml> YAML_1_2 = ThreadLocal.withInitial(() -> new Yaml(
            new SafeConstructor(new LoaderOptions()), new Representer(new DumperOptions()), new DumperOptions(),
            new LoaderOptions(), new CoreSchema()));

    private Downgrade30() {
    }

    /**
     * YAML 1.2's core schema: the generator writes {@code 14:30} and {@code 2026-03-05} unquoted, which YAML 1.1
     * (SnakeYAML's default) would read as a sexagesimal number and a timestamp; 1.2, like the lint tools, reads strings.
     */
    private static final class CoreSchema extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$"), "tTfF");
            addImplicitResolver(Tag.INT, Pattern.compile("^[-+]?[0-9]+$"), "-+0123456789");
            addImplicitResolver(Tag.FLOAT, Pattern.compile("^[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$"),
                    "-+.0123456789");
            addImplicitResolver(Tag.NULL, Pattern.compile("^(?:~|null|Null|NULL|)$"), "~nN\0");
            addImplicitResolver(Tag.NULL, Pattern.compile("^$"), null);
        }
    }

    static String of(Path document) {
        try {
            JsonNode root = JSON.valueToTree(YAML_1_2.get().load(Files.readString(document)));
            ((ObjectNode) root).put("openapi", "3.0.3");
            rewrite(root);
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + document, e);
        }
    }

    private static void rewrite(JsonNode node) {
        if (node instanceof ArrayNode array) {
            array.forEach(Downgrade30::rewrite);
            return;
        }
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        typeList(object);
        nullMember(object, "anyOf");
        nullMember(object, "oneOf");
        if (object.get("examples") instanceof ArrayNode) {
            object.remove("examples");
        }
        List<JsonNode> children = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            children.add(it.next().getValue());
        }
        children.forEach(Downgrade30::rewrite);
    }

    private static void typeList(ObjectNode schema) {
        if (!(schema.get("type") instanceof ArrayNode types)) {
            return;
        }
        List<String> kept = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode type : types) {
            if ("null".equals(type.asText())) {
                nullable = true;
            } else {
                kept.add(type.asText());
            }
        }
        if (kept.size() != 1) {
            throw new IllegalArgumentException("Cannot express type " + types + " in OpenAPI 3.0");
        }
        schema.put("type", kept.get(0));
        if (nullable) {
            schema.put("nullable", true);
        }
    }

    /** {@code {type: "null"}} as a member becomes the 3.0 spelling of "only null": a nullable type with enum [null]. */
    private static void nullMember(ObjectNode schema, String keyword) {
        if (!(schema.get(keyword) instanceof ArrayNode members)) {
            return;
        }
        for (int i = 0; i < members.size(); i++) {
            JsonNode member = members.get(i);
            if (member.size() == 1 && "null".equals(member.path("type").asText(null))) {
                ObjectNode onlyNull = members.objectNode().put("type", "object").put("nullable", true);
                onlyNull.putArray("enum").addNull();
                members.set(i, onlyNull);
            }
        }
    }
}
