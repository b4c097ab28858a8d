package care.unknot.events.diary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The checkpoint a CHECKPOINT window belongs to (domain.md 2.4).
 *
 * @param triggeringSessionNumber 4 for SESSION_4; 8 or 12 for PROGRAM_END
 * @param checkpointDate the local date of the triggering session
 */
public record ProgressCheckpoint(
        CheckpointKind kind,
        UUID sessionId,
        Integer triggeringSessionNumber,
        LocalDate checkpointDate) {
}
