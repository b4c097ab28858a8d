package care.unknot.plan.rest;

import care.unknot.plan.domain.Session;
import care.unknot.plan.domain.SessionRecord;
import care.unknot.plan.domain.SessionStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A session, shown in the patient's time zone: {@code startsAt} carries the patient's offset on that day (stored as
 * an instant in UTC), {@code localDate}/{@code localTime} are the patient's wall clock.
 *
 * @param warnings for a booking or move: rules it bends (e.g. SPACING: closer than 2 days to another session)
 */
public record SessionResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID planId,
        @Schema(required = true) UUID patientId,
        @Schema(required = true) UUID therapistId,
        @Schema(required = true) int number,
        @Schema(required = true) SessionStatus status,
        @Schema(required = true) OffsetDateTime startsAt,
        @Schema(required = true) LocalDate localDate,
        @Schema(required = true, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                format = "time", example = "10:00:00") LocalTime localTime,
        @Schema(required = true) String timeZone,
        @Schema(required = true) int durationMinutes,
        SessionRecord record,
        Instant completedAt,
        @Schema(required = true) List<String> warnings) {

    static SessionResponse of(Session session) {
        return of(session, List.of());
    }

    static SessionResponse of(Session session, List<String> warnings) {
        return new SessionResponse(session.id(), session.planId(), session.patientId(), session.therapistId(),
                session.number(), session.status(), session.startsAtLocal(), session.localDate(),
                session.localStart().toLocalTime(), session.zone().getId(), session.durationMinutes(),
                session.record(SessionRecord.class), session.completedAt(), warnings);
    }
}
