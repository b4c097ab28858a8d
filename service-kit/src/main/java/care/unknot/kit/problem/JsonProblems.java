package care.unknot.kit.problem;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import care.unknot.kit.json.StorableStrings;

/**
 * Turns Jackson's read failures into violations that name the JSON field the client sent (from Jackson's
 * reference path), with a message in JSON terms: never a Java class name or Jackson's own message.
 */
final class JsonProblems {

    // Jackson's messages for DeserializationFeature.FAIL_ON_TRAILING_TOKENS and STRICT_DUPLICATE_DETECTION
    private static final String TRAILING_TOKEN = "Trailing token";
    private static final Pattern DUPLICATE_FIELD = Pattern.compile("^Duplicate field '(.*)'$", Pattern.DOTALL);

    private JsonProblems() {
    }

    /**
     * The path of a key sent twice in one object. The parser refuses it before taking the name, so its context
     * still names the previous key: the path is the enclosing object's plus the duplicate name.
     */
    private static Optional<String> duplicateKey(JsonProcessingException e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null) {
                Matcher duplicate = DUPLICATE_FIELD.matcher(read.getOriginalMessage());
                if (duplicate.matches()) {
                    String parent = "";
                    try {
                        if (read.getProcessor() != null && read.getProcessor().getParsingContext().getParent() != null) {
                            parent = pointerToPath(read.getProcessor().getParsingContext().getParent()
                                    .pathAsPointer().toString());
                        }
                    } catch (RuntimeException ignored) {
                        // the parser may be closed already: name the key alone
                    }
                    return Optional.of(parent.isEmpty() ? duplicate.group(1) : parent + "." + duplicate.group(1));
                }
            }
        }
        return Optional.empty();
    }

    static Problem.Violation violation(JsonProcessingException e) {
        Optional<String> duplicate = duplicateKey(e);
        if (duplicate.isPresent()) {
            return new Problem.Violation(duplicate.get(), "appears more than once in its object" + location(e));
        }
        if (e instanceof JsonMappingException mapping && isMalformed(e)) {
            String field = path(mapping.getPath());
            return new Problem.Violation(field.isEmpty() ? parserPath(e) : field,
                    "is not valid JSON here" + location(e));
        }
        if (e instanceof JsonMappingException mapping) {
            String field = path(mapping.getPath());
            return new Problem.Violation(field.isEmpty() ? "body" : field, message(mapping));
        }
        return new Problem.Violation(parserPath(e), "is not valid JSON here" + location(e));
    }

    /** A syntax error, also when databind wrapped the parser's exception with the path it had reached. */
    static boolean isMalformed(JsonProcessingException e) {
        return !(e instanceof JsonMappingException) || e.getCause() instanceof StreamReadException;
    }

    private static String message(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a known field";
        }
        if (e instanceof StorableStrings.UnstorableString) {
            return StorableStrings.UnstorableString.MESSAGE;
        }
        if (e instanceof MismatchedInputException && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith(TRAILING_TOKEN)) {
            return "must be a single JSON document, with nothing after it";
        }
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + Arrays.stream(invalid.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return "must be " + jsonKind(mismatched.getTargetType());
        }
        return "has an invalid value";
    }

    static String jsonKind(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(String::valueOf)
                    .collect(Collectors.joining(", "));
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == UUID.class) {
            return "a UUID";
        }
        if (type == LocalDate.class) {
            return "a date (YYYY-MM-DD)";
        }
        if (type == LocalTime.class) {
            return "a time (HH:MM)";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date-time (ISO-8601, e.g. 2026-03-02T08:00:00Z)";
        }
        if (TemporalAmount.class.isAssignableFrom(type)) {
            return "a duration (ISO-8601, e.g. PT45M)";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")) {
            return "an object";
        }
        return "a valid value";
    }

    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Where the parser stopped, as a field path from its parsing context ({@code /a/b/2} -> {@code a.b[2]}). */
    private static String parserPath(JsonProcessingException e) {
        try {
            if (e instanceof StreamReadException read && read.getProcessor() != null) {
                JsonParser parser = read.getProcessor();
                String path = pointerToPath(parser.getParsingContext().pathAsPointer().toString());
                if (!path.isEmpty()) {
                    return path;
                }
            }
        } catch (RuntimeException ignored) {
            // the parser may be closed already; fall back to the whole body
        }
        return "body";
    }

    /** {@code /a/b/2} -> {@code a.b[2]}. */
    private static String pointerToPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.chars().allMatch(Character::isDigit)) {
                path.append('[').append(segment).append(']');
            } else {
                path.append(path.isEmpty() ? "" : ".").append(segment.replace("~1", "/").replace("~0", "~"));
            }
        }
        return path.toString();
    }

    private static String location(JsonProcessingException e) {
        if (e.getLocation() == null || e.getLocation().getLineNr() < 1) {
            return "";
        }
        return " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
    }
}
