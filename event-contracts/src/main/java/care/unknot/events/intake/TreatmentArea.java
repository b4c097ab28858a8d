package care.unknot.events.intake;

/** MFR treatment areas (domain.md 1.3, 2.1). */
public enum TreatmentArea {
    SUBOCCIPITALS,
    UPPER_TRAPEZIUS,
    STERNOCLEIDOMASTOID,
    LEVATOR_SCAPULAE,
    SCALENES,
    MASSETER,
    TEMPORALIS,
    SCALP_GALEA,
    THORACIC_PARASPINALS
}
