package care.unknot.diary.domain;

/** Acute medication classes of domain.md 3.1 (SIMPLE_ANALGESIC: paracetamol, aspirin and other NSAIDs). */
public enum MedicationClass {
    SIMPLE_ANALGESIC, TRIPTAN, ERGOT, OPIOID, COMBINATION, OTHER;

    /** 3.2: a TRIPTAN or ERGOT intake makes the day a migraine day. */
    public boolean isMigraineSpecific() {
        return this == TRIPTAN || this == ERGOT;
    }
}
