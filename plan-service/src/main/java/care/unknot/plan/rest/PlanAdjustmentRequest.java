package care.unknot.plan.rest;

import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.CareMode;
import care.unknot.plan.service.PlanService;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A therapist's change to a plan; absent fields stay as they are.
 *
 * @param careMode re-drafts the plan from the intake in this care mode (draft only)
 * @param sessionMinutes a session's length, 30-60 (draft only)
 * @param removeAreas kept areas the therapist leaves out (draft only; an area a precaution excluded cannot be added)
 * @param diagnosisCodes ICD-10-CM codes the therapist chose (e.g. G44.209, G43.909, M54.2), for the insurer summary
 * @param reason why (kept with the change)
 */
public record PlanAdjustmentRequest(
        CareMode careMode,
        @Min(30) @Max(60) Integer sessionMinutes,
        @Size(max = 9) List<@NotNull TreatmentArea> removeAreas,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "^[A-Z][0-9][0-9A-Z](?:\\.[0-9A-Z]{1,4})?$") String> diagnosisCodes,
        @NotBlank @Size(max = 2000) String reason) {

    PlanService.Adjustment toAdjustment() {
        return new PlanService.Adjustment(careMode, sessionMinutes, removeAreas == null ? List.of() : removeAreas,
                diagnosisCodes, reason);
    }
}
