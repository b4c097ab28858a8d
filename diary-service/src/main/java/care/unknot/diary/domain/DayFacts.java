package care.unknot.diary.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The per-day facts of 3.2, stored with each entry and in the patient's read model; progress is computed from
 * these, never by re-classifying raw entries.
 *
 * @param peakNrs the day's highest episode peak NRS, or null when the day has no episode
 * @param late the entry was created more than the edit window's days after its date (3.1); it counts like any other
 */
public record DayFacts(LocalDate date, boolean headacheDay, boolean migraineDay, boolean moderateSevereDay,
                       Set<MedicationClass> medicationClasses, Integer peakNrs, boolean exercisesDone, boolean late) {

    public DayFacts(LocalDate date, boolean headacheDay, boolean migraineDay, boolean moderateSevereDay,
                    Set<MedicationClass> medicationClasses, Integer peakNrs, boolean exercisesDone) {
        this(date, headacheDay, migraineDay, moderateSevereDay, medicationClasses, peakNrs, exercisesDone, false);
    }

    public DayFacts {
        medicationClasses = medicationClasses.isEmpty()
                ? Set.of() : Set.copyOf(EnumSet.copyOf(medicationClasses));
    }

    public DayFacts withLate(boolean isLate) {
        return new DayFacts(date, headacheDay, migraineDay, moderateSevereDay, medicationClasses, peakNrs,
                exercisesDone, isLate);
    }

    public boolean medicationDay() {
        return !medicationClasses.isEmpty();
    }
}
