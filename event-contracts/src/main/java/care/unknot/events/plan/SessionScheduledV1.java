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
 * @param therapistSubject the treating therapist's login (token subject), so the therapist's own token reads its
 *     inbox; absent in events written before it was added
 */
public record SessionScheduledV1(
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        Integer sessionNumber,
        OffsetDateTime startsAt,
        Integer durationMinutes,
        ZoneId patientTimeZone,
        String therapistSubject) implements EventPayload {

    /** The first version's components only (no therapist subject). */
    public SessionScheduledV1(UUID sessionId, UUID planId, UUID patientId, UUID therapistId, Integer sessionNumber,
            OffsetDateTime startsAt, Integer durationMinutes, ZoneId patientTimeZone) {
        this(sessionId, planId, patientId, therapistId, sessionNumber, startsAt, durationMinutes, patientTimeZone, null);
    }
}
