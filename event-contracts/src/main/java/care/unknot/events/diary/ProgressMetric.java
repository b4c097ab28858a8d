package care.unknot.events.diary;

/** The count a responder class is judged on (domain.md 2.4): migraine days for MIGRAINE_LIKE against a prospective baseline, headache days otherwise. */
public enum ProgressMetric {
    HEADACHE_DAYS,
    MIGRAINE_DAYS
}
