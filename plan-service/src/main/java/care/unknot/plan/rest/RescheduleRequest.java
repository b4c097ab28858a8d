package care.unknot.plan.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** @param startsAt the new local date and time in the patient's zone */
public record RescheduleRequest(
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date-time-local", example = "2026-04-09T16:30:00",
                pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?$") LocalDateTime startsAt) {
}
