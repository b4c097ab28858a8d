package care.unknot.intake.rest;

import care.unknot.kit.rest.Cursor;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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

    private static final String NEXT = "The cursor of the following page (pass it as after); null on the last page";

    // The documented shapes of Page<T> for the operations whose response annotation names examples
    // (SmallRye then needs the schema spelled out; a generic Page<T>.class cannot be named in an annotation).

    @Schema(name = "PagePatientResponse")
    record PatientPage(@Schema(required = true) List<PatientResponse> items, @Schema(description = NEXT) String next) {
    }

    @Schema(name = "PageIntakeResponse")
    record IntakePage(@Schema(required = true) List<IntakeResponse> items, @Schema(description = NEXT) String next) {
    }

    @Schema(name = "PageReferralResponse")
    record ReferralPage(@Schema(required = true) List<ReferralResponse> items, @Schema(description = NEXT) String next) {
    }
}
