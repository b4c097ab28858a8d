package care.unknot.diary.domain;

/** The 1.3 / 3.3 medication-overuse thresholds a window can meet. */
public enum MohThreshold {
    SIMPLE_ANALGESIC, TRIPTAN, ERGOT, OPIOID, COMBINATION, MULTIPLE_CLASSES
}
