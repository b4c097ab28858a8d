package care.unknot.diary.service;

import care.unknot.diary.domain.PatientGuidance;
import care.unknot.diary.repository.StoredEntry;

/**
 * The outcome of a PUT: the entry as stored now, whether it was created, whether anything changed (the same body
 * twice changes nothing), and the guidance for a reported red flag (null without).
 */
public record EntryWrite(StoredEntry stored, boolean created, boolean changed, PatientGuidance guidance) {
}
