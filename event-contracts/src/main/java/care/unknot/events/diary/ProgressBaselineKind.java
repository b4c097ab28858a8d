package care.unknot.events.diary;

/** Where the baseline comes from (domain.md 3.3). */
public enum ProgressBaselineKind {
    PROSPECTIVE,
    RETROSPECTIVE
}
