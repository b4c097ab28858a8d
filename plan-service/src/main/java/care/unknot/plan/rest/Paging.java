package care.unknot.plan.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Paging defaults and the documented page shapes (cursors: the kit's {@code Cursor.ofId/afterId}). */
final class Paging {

    static final String DEFAULT_LIMIT = "20";
    static final int MAX_LIMIT = 100;

    private static final String NEXT = "The cursor of the following page (pass it as after); null on the last page";

    private Paging() {
    }

    @Schema(name = "PagePlanResponse")
    record PlanPage(@Schema(required = true) List<PlanResponse> items, @Schema(description = NEXT) String next) {
    }

    @Schema(name = "PageSessionResponse")
    record SessionPage(@Schema(required = true) List<SessionResponse> items, @Schema(description = NEXT) String next) {
    }
}
