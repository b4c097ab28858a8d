package care.unknot.intake.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * @param headacheDaysPerMonth headache days in each of the last three calendar months, oldest first (the month before submission last)
 * @param kinds one or two kinds of headache the patient has
 * @param ageAtOnset age in completed years when the headaches began
 */
public record HeadacheHistory(
        @NotNull @Size(min = 3, max = 3) List<@NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer> headacheDaysPerMonth,
        @NotNull @Size(min = 1, max = 2) List<@NotNull @Valid HeadacheKind> kinds,
        @NotNull Set<@NotNull HeadLocation> locations,
        @NotNull @Valid MuscleInvolvement muscleInvolvement,
        @NotNull Set<@NotNull Trigger> triggers,
        @NotNull @Min(0) @Max(Scales.MAX_AGE) Integer ageAtOnset) {
}
