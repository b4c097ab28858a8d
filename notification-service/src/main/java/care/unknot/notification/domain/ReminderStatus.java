package care.unknot.notification.domain;

/** A scheduled reminder's state: only PENDING ones are ever released. */
public enum ReminderStatus {
    PENDING,
    /** Turned into deliveries. */
    RELEASED,
    /** Not needed any more: the day was logged, or the exercises done. */
    SKIPPED,
    /** Never sent, for the reason in withdrawn_reason ({@link WithdrawalReason}): expired, moved, cancelled, replaced. */
    WITHDRAWN,
    /** The patient has no channel with consent. */
    NO_CHANNEL
}
