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
}
