package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code session.completed}: a session was recorded as done. diary-service computes the SESSION_4 checkpoint when
 * {@code sessionNumber} is 4 and the PROGRAM_END checkpoint when it equals {@code programLastSessionNumber}
 * (domain.md 2.4); the earliest completed session is the first treatment session (T).
 *
 * @param localDate the session's date in the patient's time zone (the checkpoint date)
 * @param programLastSessionNumber the program's last session number at that moment (8, or 12 when extended)
 */
public record SessionCompletedV1(
        UUID sessionId,
        UUID planId,
        UUID patientId,
        UUID therapistId,
        Integer sessionNumber,
        Instant completedAt,
        LocalDate localDate,
        Integer programLastSessionNumber) implements EventPayload {
}
