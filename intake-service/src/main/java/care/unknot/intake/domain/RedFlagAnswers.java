package care.unknot.intake.domain;

import jakarta.validation.constraints.NotNull;

/** Every red-flag question of domain.md 1.1 (the onset age comes from the headache history). */
public record RedFlagAnswers(
        @NotNull Boolean suddenSevereOnset,
        @NotNull Boolean newNeurologicalSymptoms,
        @NotNull Boolean feverOrSystemicIllness,
        @NotNull Boolean painfulRedEyeWithAutonomicFeatures,
        @NotNull Boolean recentOnsetOrChangedPattern,
        @NotNull Boolean changesWithPosture,
        @NotNull Boolean precipitatedByCoughSneezeOrExertion,
        @NotNull Boolean afterHeadOrNeckTrauma,
        @NotNull Boolean historyOfCancer,
        @NotNull Boolean immunosuppressed,
        @NotNull Boolean pregnantOrPostpartum,
        @NotNull Boolean newDrugAtOnset) {
}
