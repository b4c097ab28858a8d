package care.unknot.notification.webhook.domain;

/** PENDING until a 2xx (SUCCEEDED) or the last attempt failed (DEAD, replayable). */
public enum DeliveryStatus {
    PENDING,
    SUCCEEDED,
    DEAD
}
