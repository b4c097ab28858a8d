package care.unknot.events.asyncapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (the AsyncAPI schema dialect) of the payload records, by reflection, so the document cannot drift
 * from the code. Every type is a named schema under {@code components/schemas}, referenced by simple name.
 */
final class RecordSchemas {

    static final String REF_PREFIX = "#/components/schemas/";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Map<String, ObjectNode> schemas = new TreeMap<>();

    /** Adds the record (and every record and enum it holds) and returns a reference to it. */
    ObjectNode reference(Class<?> type) {
        define(type);
        return JSON.objectNode().put("$ref", REF_PREFIX + type.getSimpleName());
    }

    Map<String, ObjectNode> all() {
        return schemas;
    }

    private void define(Class<?> type) {
        String name = type.getSimpleName();
        if (schemas.containsKey(name)) {
            return;
        }
        schemas.put(name, JSON.objectNode());
        ObjectNode schema = type.isEnum() ? enumSchema(type) : recordSchema(type);
        schemas.put(name, schema);
    }

    private ObjectNode enumSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode().put("type", "string");
        describe(schema, JavadocText.of(type).summary());
        ArrayNode values = schema.putArray("enum");
        for (Object constant : type.getEnumConstants()) {
            values.add(((Enum<?>) constant).name());
        }
        return schema;
    }

    private ObjectNode recordSchema(Class<?> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException("Not a record or enum: " + type);
        }
        JavadocText doc = JavadocText.of(type);
        ObjectNode schema = JSON.objectNode().put("type", "object");
        describe(schema, doc.summary());
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : type.getRecordComponents()) {
            ObjectNode property = valueSchema(component.getGenericType());
            doc.param(component.getName()).ifPresent(text -> describeProperty(property, text));
            properties.set(component.getName(), property);
        }
        return schema;
    }

    private ObjectNode valueSchema(Type generic) {
        if (generic instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            ObjectNode array = JSON.objectNode().put("type", "array");
            array.set("items", valueSchema(parameterized.getActualTypeArguments()[0]));
            return array;
        }
        Class<?> type = (Class<?>) generic;
        if (type.isRecord() || type.isEnum()) {
            return reference(type);
        }
        return scalarSchema(type);
    }

    private static ObjectNode scalarSchema(Class<?> type) {
        ObjectNode schema = JSON.objectNode();
        if (type == String.class) {
            return schema.put("type", "string");
        }
        if (type == UUID.class) {
            return schema.put("type", "string").put("format", "uuid");
        }
        if (type == Integer.class) {
            return schema.put("type", "integer").put("format", "int32");
        }
        if (type == Long.class) {
            return schema.put("type", "integer").put("format", "int64");
        }
        if (type == Boolean.class) {
            return schema.put("type", "boolean");
        }
        if (type == BigDecimal.class) {
            return schema.put("type", "string").put("pattern", "^-?[0-9]+(\\.[0-9]+)?$")
                    .put("description", "Exact decimal as a string: exact, or floored to 4 places.");
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return schema.put("type", "string").put("format", "date-time");
        }
        if (type == LocalDate.class) {
            return schema.put("type", "string").put("format", "date");
        }
        if (type == LocalTime.class) {
            return schema.put("type", "string").put("pattern", "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$")
                    .put("description", "Local time of day, ISO-8601 (HH:mm:ss).");
        }
        if (type == ZoneId.class) {
            return schema.put("type", "string").put("description", "IANA time zone id, e.g. Europe/Berlin.");
        }
        throw new IllegalArgumentException("No schema mapping for " + type + ": add one to RecordSchemas");
    }

    private static void describe(ObjectNode schema, String text) {
        if (!text.isEmpty()) {
            schema.put("description", text);
        }
    }

    /** A property's own description; a {@code $ref} cannot carry siblings, so it is wrapped in allOf. */
    private static void describeProperty(ObjectNode property, String text) {
        if (property.has("$ref")) {
            ObjectNode ref = property.deepCopy();
            property.removeAll();
            property.put("description", text);
            property.putArray("allOf").add(ref);
            return;
        }
        String own = property.path("description").asText("");
        property.put("description", own.isEmpty() ? text : text + ". " + own);
    }
}
