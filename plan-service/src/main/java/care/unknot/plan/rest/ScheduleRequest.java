package care.unknot.plan.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session to book.
 *
 * @param startsAt the patient's local date and time (no offset: the patient's zone decides it, also across DST)
 * @param durationMinutes 30-60; the plan's session length when absent
 * @param therapistId the plan's therapist when absent
 */
public record ScheduleRequest(
        @NotNull @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "date-time-local", example = "2026-04-07T10:00:00",
                pattern = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?$") LocalDateTime startsAt,
        @Min(30) @Max(60) Integer durationMinutes,
        UUID therapistId) {
}
