package care.unknot.intake.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.stream.IntStream;

/**
 * Average days per month over the last three months with each acute medication class, and with any acute
 * medication (domain.md 1.3). {@link ConsistentMedicationDays} checks the any-medication days.
 */
@ConsistentMedicationDays
public record MedicationUse(
        @NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer simpleAnalgesicDays,
        @NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer triptanDays,
        @NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer ergotDays,
        @NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer opioidDays,
        @NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer combinationDays,
        @NotNull @Min(0) @Max(Scales.MAX_DAYS_IN_MONTH) Integer anyMedicationDays) {

    private IntStream classDays() {
        return IntStream.of(simpleAnalgesicDays, triptanDays, ergotDays, opioidDays, combinationDays);
    }

    public int largestClassDays() {
        return classDays().max().orElse(0);
    }

    public int sumOfClassDays() {
        return classDays().sum();
    }

    public long classesUsed() {
        return classDays().filter(days -> days > 0).count();
    }

    boolean complete() {
        return simpleAnalgesicDays != null && triptanDays != null && ergotDays != null && opioidDays != null
                && combinationDays != null && anyMedicationDays != null;
    }
}
