package care.unknot.diary.repository;

import care.unknot.diary.domain.DayFacts;
import care.unknot.diary.domain.DiaryEntry;
import java.time.Instant;
import java.util.UUID;

/** An entry as stored: the raw entry, its day facts, its version (the ETag) and when it was last written. */
public record StoredEntry(UUID patientId, DiaryEntry entry, DayFacts facts, long version, Instant recordedAt) {
}
