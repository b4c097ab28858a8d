package care.unknot.events.diary;

/**
 * Where a diary entry comes from: typed by the patient in this diary (PATIENT), or imported by a therapist from a
 * paper diary (PAPER), another headache-diary app (APP) or another source (IMPORT), domain.md 3.1.
 */
public enum EntrySource {
    PATIENT,
    PAPER,
    APP,
    IMPORT
}
