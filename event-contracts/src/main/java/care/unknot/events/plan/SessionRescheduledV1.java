package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** {@code session.rescheduled}: a session moved; reminders for {@code previousStartsAt} are withdrawn. */
public record SessionRescheduledV1(
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        Integer sessionNumber,
        OffsetDateTime previousStartsAt,
        OffsetDateTime startsAt,
        Integer durationMinutes,
        ZoneId patientTimeZone) implements EventPayload {
}
