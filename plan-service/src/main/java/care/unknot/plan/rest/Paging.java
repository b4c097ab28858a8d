package care.unknot.plan.rest;

import care.unknot.kit.rest.Cursor;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Keyset cursors over UUID ids, and the documented page shapes. */
final class Paging {

    static final String DEFAULT_LIMIT = "20";
    static final int MAX_LIMIT = 100;

    private static final String NEXT = "The cursor of the following page (pass it as after); null on the last page";

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

    @Schema(name = "PagePlanResponse")
    record PlanPage(@Schema(required = true) List<PlanResponse> items, @Schema(description = NEXT) String next) {
    }

    @Schema(name = "PageSessionResponse")
    record SessionPage(@Schema(required = true) List<SessionResponse> items, @Schema(description = NEXT) String next) {
    }
}
