package care.unknot.notification.domain;

/** What a scheduled reminder is about (domain.md 4); urgent kinds ignore quiet hours and also go to the therapist. */
public enum ReminderKind {
    SESSION(false),
    HOME_PROGRAM(false),
    DIARY(false),
    DIARY_GAP(false),
    URGENT_REFERRAL(true),
    URGENT_DIARY_ALERT(true),
    URGENT_ADVERSE_EVENT(true);

    private final boolean urgent;

    ReminderKind(boolean urgent) {
        this.urgent = urgent;
    }

    public boolean urgent() {
        return urgent;
    }
}
