package care.unknot.kit.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import care.unknot.kit.problem.ProblemException;

/**
 * Opaque {@code after} cursors: the sort key values of the last item of a page (e.g. a timestamp and an id),
 * URL-safe base64. Clients pass them back unchanged; a tampered cursor is a 400 naming {@code after}.
 *
 * <pre>{@code
 * String next = Cursor.encode(entry.date().toString(), entry.id().toString());
 * List<String> keys = Cursor.decode(after, 2);   // [date, id]
 * }</pre>
 */
public final class Cursor {

    public static final String PARAMETER = "after";
    private static final char SEPARATOR = '\u001f';

    private Cursor() {
    }

    public static String encode(String... values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("a cursor needs at least one value");
        }
        for (String value : values) {
            if (value == null || value.indexOf(SEPARATOR) >= 0) {
                throw new IllegalArgumentException("cursor values must be non-null and free of U+001F");
            }
        }
        String joined = String.join(String.valueOf(SEPARATOR), values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(joined.getBytes(StandardCharsets.UTF_8));
    }

    /** The values of a cursor; an empty list for a null or blank cursor (the first page). */
    public static List<String> decode(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return List.of();
        }
        try {
            String joined = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            return Arrays.asList(joined.split(String.valueOf(SEPARATOR), -1));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** Like {@link #decode(String)} but requires exactly {@code parts} values (400 otherwise). */
    public static List<String> decode(String cursor, int parts) {
        List<String> values = decode(cursor);
        if (!values.isEmpty() && values.size() != parts) {
            throw invalid();
        }
        return values;
    }

    /** The cursor of a list keyset-paged by UUID id: the last item's id. */
    public static String ofId(UUID id) {
        return encode(id.toString());
    }

    /** The id an {@link #ofId} cursor names; null for a null or blank cursor (the first page); 400 otherwise. */
    public static UUID afterId(String cursor) {
        List<String> values = decode(cursor, 1);
        if (values.isEmpty()) {
            return null;
        }
        try {
            return UUID.fromString(values.get(0));
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A 400 naming the {@code after} parameter, for a cursor whose values do not parse. */
    public static ProblemException invalid() {
        return ProblemException.field(400, PARAMETER, "is not a cursor this list returned");
    }
}
