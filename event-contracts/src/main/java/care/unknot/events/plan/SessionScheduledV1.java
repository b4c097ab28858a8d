package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * {@code session.scheduled}: a session was booked. Reminders go 24 h and 2 h before {@code startsAt}.
 *
 * @param startsAt start with the patient's offset at that instant
 * @param patientTimeZone IANA zone id the session was booked in
 */
public record SessionScheduledV1(
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        Integer sessionNumber,
        OffsetDateTime startsAt,
        Integer durationMinutes,
        ZoneId patientTimeZone) implements EventPayload {
}
