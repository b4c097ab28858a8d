package care.unknot.notification.domain;

/** A scheduled reminder's state: only PENDING ones are ever released. */
public enum ReminderStatus {
    PENDING,
    /** Turned into deliveries. */
    RELEASED,
    /** Not needed any more: the day was logged, or the exercises done. */
    SKIPPED,
    /** The session moved or was cancelled, or the home program was replaced. */
    WITHDRAWN,
    /** The patient has no channel with consent. */
    NO_CHANNEL
}
