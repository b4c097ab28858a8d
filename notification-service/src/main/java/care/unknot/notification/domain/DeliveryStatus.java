package care.unknot.notification.domain;

public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED,
    /** Not sent: its reminder's moment passed while it waited (failure_reason EXPIRED). */
    WITHDRAWN
}
