package care.unknot.notification.repository;

import care.unknot.notification.domain.ReminderKind;
import java.time.Instant;
import java.util.UUID;

/** One urgent alert in the clinic's on-call inbox; acknowledgedAt/By null while open. */
public record OnCallItem(UUID id, UUID patientId, ReminderKind kind, String title, String body, Instant createdAt,
        Instant acknowledgedAt, String acknowledgedBy) {
}
