package care.unknot.notification.repository;

import care.unknot.notification.domain.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One scheduled reminder. {@code subjectId} is the session, home program or alert it is about; {@code localDay} the
 * patient's day of a daily reminder; {@code startsAt} the session start a session reminder was made for;
 * {@code expiresAt} the moment from which it is withdrawn instead of sent (null for urgent alerts: they never expire).
 */
public record Reminder(UUID id, UUID patientId, ReminderKind kind, String template, String dedupeKey,
        UUID subjectId, LocalDate localDay, Instant dueAt, Instant startsAt, Instant expiresAt) {

    /** Whether it would go out too late at {@code sendAt}. */
    public boolean expiredAt(Instant sendAt) {
        return expiresAt != null && !sendAt.isBefore(expiresAt);
    }

    public boolean urgent() {
        return kind.urgent();
    }
}
