package care.unknot.events.notification;

/** Notification channels (domain.md 4). */
public enum Channel {
    EMAIL,
    SMS,
    PUSH,
    IN_APP
}
