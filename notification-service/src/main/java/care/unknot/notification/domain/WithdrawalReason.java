package care.unknot.notification.domain;

/** Why a reminder (or a delivery waiting for a retry) was withdrawn: it is kept with this reason, never sent. */
public enum WithdrawalReason {
    /** Its moment passed (the session started, the day ended) before it could go out: never sent late. */
    EXPIRED,
    SESSION_MOVED,
    SESSION_CANCELLED,
    /** A newer home program replaced the one it was about. */
    PROGRAM_REPLACED
}
