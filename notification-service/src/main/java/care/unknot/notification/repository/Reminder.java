package care.unknot.notification.repository;

import care.unknot.notification.domain.ReminderKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One scheduled reminder. {@code subjectId} is the session, home program or alert it is about; {@code localDay} the
 * patient's day of a daily reminder; {@code startsAt} the session start a session reminder was made for.
 */
public record Reminder(UUID id, UUID patientId, ReminderKind kind, String template, String dedupeKey,
        UUID subjectId, LocalDate localDay, Instant dueAt, Instant startsAt) {

    public boolean urgent() {
        return kind.urgent();
    }
}
