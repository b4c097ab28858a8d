package care.unknot.events.diary;

/** MOH thresholds (domain.md 1.3, 3.3) on normalised 28-day counts. */
public enum MohThreshold {
    SIMPLE_ANALGESIC_15_DAYS,
    TRIPTAN_10_DAYS,
    ERGOT_10_DAYS,
    OPIOID_10_DAYS,
    COMBINATION_10_DAYS,
    MULTIPLE_CLASSES_10_DAYS
}
