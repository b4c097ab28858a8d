package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * {@code session.rescheduled}: a session moved; reminders for {@code previousStartsAt} are withdrawn.
 *
 * @param therapistSubject the treating therapist's login (token subject), so the therapist's own token reads its
 *     inbox; absent in events written before it was added
 */
public record SessionRescheduledV1(
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        Integer sessionNumber,
        OffsetDateTime previousStartsAt,
        OffsetDateTime startsAt,
        Integer durationMinutes,
        ZoneId patientTimeZone,
        String therapistSubject) implements EventPayload {

    /** The first version's components only (no therapist subject). */
    public SessionRescheduledV1(UUID sessionId, UUID planId, UUID patientId, UUID therapistId, Integer sessionNumber,
            OffsetDateTime previousStartsAt, OffsetDateTime startsAt, Integer durationMinutes,
            ZoneId patientTimeZone) {
        this(sessionId, planId, patientId, therapistId, sessionNumber, previousStartsAt, startsAt, durationMinutes,
                patientTimeZone, null);
    }
}
