package care.unknot.events.diary;

/**
 * Raw acute-medication days of one class in a window (domain.md 3.2: a day with an intake of that class).
 *
 * @param days logged days of the window with an intake of this class
 */
public record MedicationClassDays(MedicationClass medicationClass, Integer days) {
}
