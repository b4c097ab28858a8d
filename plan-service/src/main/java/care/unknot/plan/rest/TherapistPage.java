package care.unknot.plan.rest;

import care.unknot.kit.rest.Cursor;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of therapists, and its keyset cursor over ids. */
@Schema(name = "PageTherapistResponse")
record TherapistPage(
        @Schema(required = true) List<TherapistResponse> items,
        @Schema(description = "The cursor of the following page (pass it as after); null on the last page") String next) {

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
}
