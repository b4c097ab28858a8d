package care.unknot.notification.repository;

import java.time.Instant;
import java.util.UUID;

public record InboxItem(UUID id, String template, String title, String body, boolean urgent, Instant createdAt,
        Instant readAt) {
}
