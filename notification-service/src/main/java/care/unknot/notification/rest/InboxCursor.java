package care.unknot.notification.rest;

import care.unknot.kit.rest.Cursor;
import care.unknot.kit.rest.Page;
import care.unknot.notification.repository.InboxItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Keyset cursors over (createdAt, id) for inboxes, newest first. */
record InboxCursor(Instant createdAt, UUID id) {

    static InboxCursor parse(String after) {
        if (after == null || after.isBlank()) {
            return new InboxCursor(null, null);
        }
        try {
            List<String> parts = Cursor.decode(after, 2);
            return new InboxCursor(Instant.parse(parts.get(0)), UUID.fromString(parts.get(1)));
        } catch (RuntimeException e) {
            throw Cursor.invalid();
        }
    }

    static Page<NotificationResponse> page(List<InboxItem> fetched, int limit) {
        return Page.of(fetched, limit, item -> Cursor.encode(item.createdAt().toString(), item.id().toString()))
                .map(NotificationResponse::of);
    }
}
