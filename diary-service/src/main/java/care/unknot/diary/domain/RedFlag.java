package care.unknot.diary.domain;

/** Red-flag symptoms an entry can report (3.1, 3.4). */
public enum RedFlag {
    SUDDEN_WORST_HEADACHE(true),
    NUMBNESS(false),
    WEAKNESS(true),
    VISION_LOSS(true),
    CONFUSION(true),
    DIZZINESS_AFTER_TREATMENT(false);

    private final boolean emergency;

    RedFlag(boolean emergency) {
        this.emergency = emergency;
    }

    /** 3.4: these get the emergency wording; the others "stop self-treatment and seek care". */
    public boolean isEmergency() {
        return emergency;
    }
}
