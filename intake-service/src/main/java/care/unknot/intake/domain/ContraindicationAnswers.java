package care.unknot.intake.domain;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/**
 * Every contraindication question of domain.md 1.2. An empty region set means "no".
 *
 * @param recentFractureRegions regions with a recent fracture
 * @param infectionOrSkinConditionRegions regions with acute infection, open wound or skin condition
 * @param dizzinessWithNeckMovement dizziness, drop attacks or double vision with neck movement
 */
public record ContraindicationAnswers(
        @NotNull Boolean activeCancerInTreatmentArea,
        @NotNull Boolean oncologyClearance,
        @NotNull Boolean activeBloodClot,
        @NotNull Boolean knownAneurysm,
        @NotNull Set<@NotNull BodyRegion> recentFractureRegions,
        @NotNull Set<@NotNull BodyRegion> infectionOrSkinConditionRegions,
        @NotNull Boolean severeOsteoporosis,
        @NotNull Boolean uncontrolledHighBloodPressure,
        @NotNull Boolean anticoagulantTherapy,
        @NotNull Boolean dizzinessWithNeckMovement) {
}
