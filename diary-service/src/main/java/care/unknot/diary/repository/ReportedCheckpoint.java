package care.unknot.diary.repository;

import care.unknot.diary.domain.DateWindow;
import care.unknot.events.diary.CheckpointKind;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A checkpoint already published (2.4): its window and what its last {@code progress.updated} said, so an entry
 * that lands in that window later is reported again as the next revision, never silently changed.
 *
 * @param revision 0 for the first report
 * @param fingerprint the last report's figures (without the computation time)
 */
public record ReportedCheckpoint(CheckpointKind kind, UUID sessionId, int sessionNumber, LocalDate checkpointDate,
                                 DateWindow window, int revision, String fingerprint) {

    /** The key under {@code checkpoints} in the patient document: one per kind and triggering session number. */
    public String key() {
        return kind.name() + "_" + sessionNumber;
    }
}
