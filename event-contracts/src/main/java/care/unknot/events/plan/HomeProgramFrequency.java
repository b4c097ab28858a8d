package care.unknot.events.plan;

/** Home-program frequency (domain.md 2.5): once daily, or every other day when tender or with any precaution. */
public enum HomeProgramFrequency {
    DAILY,
    EVERY_OTHER_DAY
}
