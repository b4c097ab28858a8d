package care.unknot.events.diary;

/** Medication-overuse status of a usable 28-day window (domain.md 3.3). */
public enum MohStatus {
    THRESHOLD_MET,
    BELOW_THRESHOLDS
}
