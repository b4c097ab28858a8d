package care.unknot.intake.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * MIDAS items 1-5 (days over the last 3 months, scored) and items A and B (recorded, not scored).
 */
public record MidasAnswers(
        @NotNull @Min(0) @Max(Scales.MIDAS_MAX_DAYS) Integer missedWorkOrSchoolDays,
        @NotNull @Min(0) @Max(Scales.MIDAS_MAX_DAYS) Integer reducedWorkOrSchoolDays,
        @NotNull @Min(0) @Max(Scales.MIDAS_MAX_DAYS) Integer missedHouseworkDays,
        @NotNull @Min(0) @Max(Scales.MIDAS_MAX_DAYS) Integer reducedHouseworkDays,
        @NotNull @Min(0) @Max(Scales.MIDAS_MAX_DAYS) Integer missedSocialDays,
        @NotNull @Min(0) @Max(Scales.MIDAS_MAX_DAYS) Integer headacheDays,
        @NotNull @Min(Scales.NRS_MIN) @Max(Scales.NRS_MAX) Integer averagePain) {

    public int scoredDays() {
        return missedWorkOrSchoolDays + reducedWorkOrSchoolDays + missedHouseworkDays + reducedHouseworkDays
                + missedSocialDays;
    }
}
