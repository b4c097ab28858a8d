package care.unknot.deploy;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The strategic-merge rules the overlays rely on: objects merge field by field, a list of objects that all carry a
 * {@code name} merges item by item on that name (containers, env, ports, volumes), any other list or value replaces.
 * {@code $patch} directives are not supported.
 */
final class StrategicMerge {

    private StrategicMerge() {
    }

    static void merge(ObjectNode target, JsonNode patch) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().startsWith("$patch")) {
                throw new IllegalArgumentException("$patch directives are outside the supported subset");
            }
            JsonNode current = target.get(field.getKey());
            JsonNode value = field.getValue();
            if (current instanceof ObjectNode object && value.isObject()) {
                merge(object, value);
            } else if (current instanceof ArrayNode list && value.isArray() && keyedByName(list) && keyedByName(value)) {
                mergeByName(list, value);
            } else {
                target.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeByName(ArrayNode list, JsonNode patch) {
        for (JsonNode item : patch) {
            String name = item.get("name").asText();
            ObjectNode existing = null;
            for (JsonNode candidate : list) {
                if (candidate.get("name").asText().equals(name)) {
                    existing = (ObjectNode) candidate;
                }
            }
            if (existing == null) {
                list.add(item.deepCopy());
            } else {
                merge(existing, item);
            }
        }
    }

    private static boolean keyedByName(JsonNode list) {
        if (list.isEmpty()) {
            return false;
        }
        for (JsonNode item : list) {
            if (!item.isObject() || !item.path("name").isTextual()) {
                return false;
            }
        }
        return true;
    }
}
