package care.unknot.events.diary;

/** Red-flag symptoms a diary entry can report (domain.md 3.1). */
public enum RedFlagSymptom {
    SUDDEN_WORST_HEADACHE,
    NUMBNESS,
    WEAKNESS,
    VISION_LOSS,
    CONFUSION,
    DIZZINESS_AFTER_TREATMENT
}
