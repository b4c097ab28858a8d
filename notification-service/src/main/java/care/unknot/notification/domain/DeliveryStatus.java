package care.unknot.notification.domain;

public enum DeliveryStatus {
    PENDING,
    SENT,
    FAILED
}
