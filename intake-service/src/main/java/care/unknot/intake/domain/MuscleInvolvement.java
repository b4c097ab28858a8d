package care.unknot.intake.domain;

import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;

/** @param jaw jaw pain or clenching */
public record MuscleInvolvement(
        @NotNull Boolean neck,
        @NotNull Boolean jaw,
        @NotNull Boolean upperBack,
        @NotNull Boolean scalp) {

    public Set<BodyRegion> regions() {
        Set<BodyRegion> regions = EnumSet.noneOf(BodyRegion.class);
        if (neck) {
            regions.add(BodyRegion.NECK);
        }
        if (jaw) {
            regions.add(BodyRegion.JAW);
        }
        if (upperBack) {
            regions.add(BodyRegion.UPPER_BACK);
        }
        if (scalp) {
            regions.add(BodyRegion.SCALP);
        }
        return regions;
    }
}
