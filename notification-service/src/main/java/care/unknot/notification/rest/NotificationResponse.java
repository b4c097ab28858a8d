package care.unknot.notification.rest;

import care.unknot.notification.repository.InboxItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One in-app message; readAt null while unread. */
public record NotificationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String template,
        @Schema(required = true) String title,
        @Schema(required = true) String body,
        @Schema(required = true) boolean urgent,
        @Schema(required = true) Instant createdAt,
        Instant readAt) {

    static NotificationResponse of(InboxItem item) {
        return new NotificationResponse(item.id(), item.template(), item.title(), item.body(), item.urgent(),
                item.createdAt(), item.readAt());
    }

    @Schema(name = "PageNotificationResponse")
    record Page(@Schema(required = true) List<NotificationResponse> items,
            @Schema(description = "The cursor of the following page (pass it as after); null on the last page")
            String next) {
    }
}
