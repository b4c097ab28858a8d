package care.unknot.plan.rest;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.plan.domain.Checkpoint;
import care.unknot.plan.service.rules.CheckpointProposal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A checkpoint: the proposal (decision, metric, figures, the rules that decided) and the therapist's decision.
 *
 * @param revision 1, then + 1 for every revised window of the same checkpoint; a decision names it
 * @param changes what the latest revision changed against the one before (empty for revision 1)
 * @param previousProposal the proposal before the latest revision
 */
public record CheckpointResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID planId,
        @Schema(required = true) CheckpointKind kind,
        @Schema(required = true) int triggeringSessionNumber,
        LocalDate checkpointDate,
        @Schema(required = true) int revision,
        @Schema(required = true) Checkpoint.Status status,
        @Schema(required = true) CheckpointProposal proposal,
        CheckpointProposal previousProposal,
        @Schema(required = true) List<String> changes,
        CheckpointDecision decision,
        String decisionReason,
        String decidedBy,
        Instant decidedAt,
        @Schema(required = true) Instant proposedAt) {

    static CheckpointResponse of(Checkpoint checkpoint) {
        CheckpointProposal proposal = checkpoint.proposal(CheckpointProposal.class);
        CheckpointProposal previous = checkpoint.previousProposal(CheckpointProposal.class);
        return new CheckpointResponse(checkpoint.id(), checkpoint.planId(), checkpoint.kind(),
                checkpoint.triggeringSessionNumber(), checkpoint.checkpointDate(), checkpoint.revision(),
                checkpoint.status(), proposal, previous, changes(previous, proposal), checkpoint.decision(),
                checkpoint.decisionReason(), checkpoint.decidedBy(), checkpoint.decidedAt(), checkpoint.proposedAt());
    }

    private static List<String> changes(CheckpointProposal before, CheckpointProposal after) {
        List<String> changes = new ArrayList<>();
        if (before == null) {
            return changes;
        }
        change(changes, "decision", before.decision(), after.decision());
        change(changes, "baselineValue", before.baselineValue(), after.baselineValue());
        change(changes, "windowValue", before.windowValue(), after.windowValue());
        change(changes, "reductionPercent", before.reductionPercent(), after.reductionPercent());
        change(changes, "reviewReason", before.reviewReason(), after.reviewReason());
        return changes;
    }

    private static void change(List<String> changes, String field, Object before, Object after) {
        boolean same = before instanceof java.math.BigDecimal b && after instanceof java.math.BigDecimal a
                ? b.compareTo(a) == 0 : Objects.equals(before, after);
        if (!same) {
            changes.add(field + ": " + before + " -> " + after);
        }
    }
}
