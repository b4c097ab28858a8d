package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import care.unknot.events.diary.CheckpointKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code plan.review-required}: a checkpoint (or an adverse event) needs the therapist's decision; nothing changes
 * until the therapist confirms or overrides {@code proposedDecision} (domain.md 2.4).
 *
 * @param checkpoint null when the review is not a checkpoint's (e.g. an adverse event)
 * @param checkpointDate the local date of the session that triggered the checkpoint
 */
public record PlanReviewRequiredV1(
        UUID planId,
        UUID patientId,
        UUID therapistId,
        CheckpointKind checkpoint,
        LocalDate checkpointDate,
        CheckpointDecision proposedDecision,
        ReviewReason reason,
        Instant raisedAt) implements EventPayload {
}
