package care.unknot.intake.domain;

/** Treatment areas of domain.md 2.1, in the order the plan lists them. */
public enum TreatmentArea {
    SUBOCCIPITALS, UPPER_TRAPEZIUS, STERNOCLEIDOMASTOID, LEVATOR_SCAPULAE, SCALENES, MASSETER, TEMPORALIS,
    SCALP_GALEA, THORACIC_PARASPINALS
}
