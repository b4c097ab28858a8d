package care.unknot.plan.rest;

import care.unknot.events.plan.CheckpointDecision;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The therapist's decision on a checkpoint proposal.
 *
 * @param revision the proposal revision read (a newer one meanwhile is 409)
 * @param decision absent: confirm the proposal; another decision overrides it and needs a reason
 * @param reason required for an override
 */
public record DecisionRequest(@NotNull @Min(1) Integer revision, CheckpointDecision decision,
        @Size(max = 2000) String reason) {
}
