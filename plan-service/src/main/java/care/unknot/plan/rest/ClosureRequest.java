package care.unknot.plan.rest;

import care.unknot.events.plan.PlanCompletionReason;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Why a plan ends before its program is through.
 *
 * @param reason REFERRED_TO_PHYSICIAN or WITHDRAWN (discharge is its own step)
 * @param note the clinician's note, kept with the plan (never published)
 */
public record ClosureRequest(@NotNull PlanCompletionReason reason, @Size(max = 2000) String note) {
}
