package care.unknot.plan.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The documented shape of a page of therapists (a generic Page<T> cannot be named in an annotation). */
@Schema(name = "PageTherapistResponse")
record TherapistPage(
        @Schema(required = true) List<TherapistResponse> items,
        @Schema(description = "The cursor of the following page (pass it as after); null on the last page") String next) {
}
