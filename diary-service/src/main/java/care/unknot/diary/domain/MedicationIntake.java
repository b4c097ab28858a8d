package care.unknot.diary.domain;

/** An acute medication intake; every intake counts as taken for headache (3.1). */
public record MedicationIntake(MedicationClass medicationClass, String name, int doses) {
}
