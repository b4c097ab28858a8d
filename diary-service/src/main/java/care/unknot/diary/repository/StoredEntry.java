package care.unknot.diary.repository;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.events.diary.EntrySource;
import java.time.Instant;
import java.util.UUID;

/**
 * An entry as stored: the raw entry, its day facts, its version (the ETag) and when it was last written.
 *
 * @param source PATIENT unless a therapist imported it
 * @param importedBy the importing therapist's subject (null for the patient's own entries)
 */
public record StoredEntry(UUID patientId, DiaryEntry entry, DayFacts facts, long version, Instant recordedAt,
                          EntrySource source, String importedBy) {

    /** The first version of a patient's own entry, written at {@code at}. */
    public static StoredEntry first(UUID patientId, DiaryEntry entry, DayFacts facts, Instant at) {
        return new StoredEntry(patientId, entry, facts, 1L, at, EntrySource.PATIENT, null);
    }

    /** This document after a replace (or a write over its tombstone) at {@code at}: the next version. */
    public StoredEntry rewritten(DiaryEntry newEntry, DayFacts newFacts, Instant at) {
        return new StoredEntry(patientId, newEntry, newFacts, version + 1, at, source, importedBy);
    }
}
