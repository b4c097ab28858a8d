package care.unknot.kit.openapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Makes the schemas say what the server does.
 * <ul>
 * <li>Nullable: the REST layer writes every record component, {@code null} included, and reads {@code null} for an
 * optional field as absent; so each property a schema does not list as required may be {@code null}
 * ({@code type: [..., "null"]}, or {@code anyOf: [$ref, {type: "null"}]} for a reference).</li>
 * <li>Anchored patterns: Bean Validation's {@code @Pattern} matches the whole value while a JSON Schema
 * {@code pattern} matches anywhere, so each pattern is anchored as {@code ^(?:...)$}. SmallRye writes
 * {@code @NotBlank} as the unanchored {@code \S} ("contains a non-space"), which stays as it is.</li>
 * <li>Storable strings: the server refuses a NUL character in any request string (no store holds it; the kit's
 * {@code StrictRequestJson}), so a free-text string (no enum, no format but {@code email}) says so with the
 * pattern {@value #STORABLE}, or {@value #STORABLE_NOT_BLANK} in place of {@code \S}.</li>
 * </ul>
 */
final class SchemaRules {

    static final String NOT_BLANK = "\\S";
    static final String STORABLE = "^[^\\x00]*$";
    static final String STORABLE_NOT_BLANK = "^[^\\x00]*[^\\s\\x00][^\\x00]*$";

    private SchemaRules() {
    }

    static void apply(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(SchemaRules::visit);
    }

    private static void visit(Schema schema) {
        if (schema == null) {
            return;
        }
        storable(schema);
        anchor(schema);
        visit(schema.getItems());
        if (schema.getAdditionalPropertiesSchema() != null) {
            visit(schema.getAdditionalPropertiesSchema());
        }
        for (List<Schema> members : new ArrayList<>(List.of(nonNull(schema.getAnyOf()), nonNull(schema.getOneOf()),
                nonNull(schema.getAllOf())))) {
            members.forEach(SchemaRules::visit);
        }
        Map<String, Schema> properties = schema.getProperties();
        if (properties == null) {
            return;
        }
        List<String> required = nonNull(schema.getRequired());
        for (Map.Entry<String, Schema> property : Map.copyOf(properties).entrySet()) {
            visit(property.getValue());
            if (!required.contains(property.getKey())) {
                schema.addProperty(property.getKey(), nullable(property.getValue()));
            }
        }
    }

    static Schema nullable(Schema schema) {
        if (schema.getRef() != null) {
            Schema wrapped = OASFactory.createSchema()
                    .anyOf(List.of(OASFactory.createSchema().ref(schema.getRef()), nullType()))
                    .description(schema.getDescription());
            if (schema.getExamples() != null) {
                wrapped.setExamples(schema.getExamples());
            }
            return wrapped;
        }
        List<Schema.SchemaType> types = schema.getType();
        if (types != null && !types.isEmpty() && !types.contains(Schema.SchemaType.NULL)) {
            schema.addType(Schema.SchemaType.NULL);
            if (schema.getEnumeration() != null && !schema.getEnumeration().contains(null)) {
                schema.addEnumeration(null);
            }
        }
        return schema;
    }

    private static Schema nullType() {
        return OASFactory.createSchema().addType(Schema.SchemaType.NULL);
    }

    static void storable(Schema schema) {
        List<Schema.SchemaType> types = schema.getType();
        boolean freeText = types != null && types.contains(Schema.SchemaType.STRING) && schema.getEnumeration() == null
                && (schema.getFormat() == null || schema.getFormat().equals("email"));
        if (!freeText) {
            return;
        }
        if (schema.getPattern() == null) {
            schema.setPattern(STORABLE);
        } else if (schema.getPattern().equals(NOT_BLANK)) {
            schema.setPattern(STORABLE_NOT_BLANK);
        }
    }

    static void anchor(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern == null || pattern.equals(NOT_BLANK) || (pattern.startsWith("^") && pattern.endsWith("$"))) {
            return;
        }
        schema.setPattern("^(?:" + pattern + ")$");
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
