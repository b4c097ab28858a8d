package care.unknot.events.diary;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code diary.entry-recorded}: the entry of a local day was created or replaced, with its day classification
 * (domain.md 3.2). No episodes, notes, triggers or medication names: facts only.
 *
 * @param entryDate the patient's local calendar day the entry belongs to
 * @param medicationClasses the classes taken that day, each once; empty when none
 * @param exercisesDone the entry records home exercises
 */
public record DiaryEntryRecordedV1(
        UUID patientId,
        LocalDate entryDate,
        Boolean headacheDay,
        Boolean migraineDay,
        Boolean moderateSevereDay,
        Boolean medicationDay,
        List<MedicationClass> medicationClasses,
        Boolean exercisesDone,
        Instant recordedAt) implements EventPayload {

    public DiaryEntryRecordedV1 {
        medicationClasses = EventLists.copyOrEmpty(medicationClasses);
    }
}
