package care.unknot.events.notification;

/** Why a notification was not delivered. */
public enum NotificationFailureReason {
    NO_CONSENT,
    NO_CONTACT_ADDRESS,
    REJECTED_BY_PROVIDER,
    PROVIDER_UNAVAILABLE,
    RETRIES_EXHAUSTED
}
