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
 * @param late the entry was created more than 7 days after its date (it counts like any other)
 * @param source who typed it: the patient in this diary, or a therapist's import (PAPER, APP, IMPORT)
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
        Instant recordedAt,
        Boolean late,
        EntrySource source) implements EventPayload {

    public DiaryEntryRecordedV1 {
        medicationClasses = EventLists.copyOrEmpty(medicationClasses);
    }

    /** The first version's components only ({@code late} and {@code source} absent). */
    public DiaryEntryRecordedV1(UUID patientId, LocalDate entryDate, Boolean headacheDay, Boolean migraineDay,
                                Boolean moderateSevereDay, Boolean medicationDay, List<MedicationClass> medicationClasses,
                                Boolean exercisesDone, Instant recordedAt) {
        this(patientId, entryDate, headacheDay, migraineDay, moderateSevereDay, medicationDay, medicationClasses,
                exercisesDone, recordedAt, null, null);
    }
}
