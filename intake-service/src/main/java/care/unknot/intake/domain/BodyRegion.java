package care.unknot.intake.domain;

import java.util.List;

/** The regions of domain.md 1.2/1.3 with the treatment areas 1.3 lists under each. */
public enum BodyRegion {
    NECK(List.of(TreatmentArea.SUBOCCIPITALS, TreatmentArea.UPPER_TRAPEZIUS, TreatmentArea.STERNOCLEIDOMASTOID,
            TreatmentArea.LEVATOR_SCAPULAE, TreatmentArea.SCALENES)),
    JAW(List.of(TreatmentArea.MASSETER, TreatmentArea.TEMPORALIS)),
    UPPER_BACK(List.of(TreatmentArea.UPPER_TRAPEZIUS, TreatmentArea.THORACIC_PARASPINALS)),
    SCALP(List.of(TreatmentArea.SCALP_GALEA, TreatmentArea.TEMPORALIS)),
    OTHER(List.of());

    private final List<TreatmentArea> areas;

    BodyRegion(List<TreatmentArea> areas) {
        this.areas = areas;
    }

    public List<TreatmentArea> areas() {
        return areas;
    }
}
