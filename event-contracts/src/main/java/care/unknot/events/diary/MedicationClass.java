package care.unknot.events.diary;

/** Acute medication class (domain.md 1.3, 3.1); OTHER is recorded but ignored by the MOH thresholds. */
public enum MedicationClass {
    SIMPLE_ANALGESIC,
    TRIPTAN,
    ERGOT,
    OPIOID,
    COMBINATION,
    OTHER
}
