package care.unknot.events.diary;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code diary.gap-detected}: three consecutive local days without an entry after the last one (domain.md 3.4);
 * one event per gap, raised when the third empty day has ended.
 *
 * @param firstEmptyDate the day after the last entry
 * @param lastEmptyDate the third empty day
 */
public record DiaryGapDetectedV1(
        UUID patientId,
        LocalDate firstEmptyDate,
        LocalDate lastEmptyDate,
        Instant detectedAt) implements EventPayload {
}
