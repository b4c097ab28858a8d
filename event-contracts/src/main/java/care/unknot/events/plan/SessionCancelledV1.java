package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/** {@code session.cancelled}: a session will not take place; its reminders are withdrawn. */
public record SessionCancelledV1(
        UUID sessionId,
        UUID planId,
        UUID patientId,
        Integer sessionNumber,
        OffsetDateTime startsAt,
        ZoneId patientTimeZone,
        Instant cancelledAt) implements EventPayload {
}
