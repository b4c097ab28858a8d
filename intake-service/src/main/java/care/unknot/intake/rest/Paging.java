package care.unknot.intake.rest;

import care.unknot.kit.rest.Cursor;
import java.util.UUID;

/** Keyset cursors over UUID ids. */
final class Paging {

    static final String DEFAULT_LIMIT = "20";
    static final int MAX_LIMIT = 100;

    private Paging() {
    }

    static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(Cursor.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }

    static String cursorOf(UUID id) {
        return Cursor.encode(id.toString());
    }
}
