package care.unknot.intake.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** One kind of headache as domain.md 1.3 describes it. Aura and duration are recorded, not classified. */
public record HeadacheKind(
        @NotNull Side side,
        @NotNull PainCharacter character,
        @NotNull @Min(Scales.NRS_MIN) @Max(Scales.NRS_MAX) Integer typicalPeakNrs,
        @NotNull TypicalDuration typicalDuration,
        @NotNull Boolean aggravatedByRoutineActivity,
        @NotNull Boolean nausea,
        @NotNull Boolean vomiting,
        @NotNull Boolean photophobia,
        @NotNull Boolean phonophobia,
        @NotNull Boolean aura) {
}
