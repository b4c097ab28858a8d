package care.unknot.notification.webhook.rest;

import care.unknot.kit.rest.Cursor;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Keyset cursors over UUID ids (as intake-service's Paging). */
final class WebhookPaging {

    static final String DEFAULT_LIMIT = "20";
    static final int MAX_LIMIT = 100;
    private static final String NEXT = "The cursor of the following page (pass it as after); null on the last page";

    private WebhookPaging() {
    }

    static UUID after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(Cursor.decode(cursor, 1).get(0));
        } catch (IllegalArgumentException e) {
            throw Cursor.invalid();
        }
    }

    static String cursorOf(UUID id) {
        return Cursor.encode(id.toString());
    }

    @Schema(name = "PageSubscriptionResponse")
    record SubscriptionPage(@Schema(required = true) List<SubscriptionResponse> items,
            @Schema(description = NEXT) String next) {
    }

    @Schema(name = "PageDeliveryResponse")
    record DeliveryPage(@Schema(required = true) List<DeliveryResponse> items,
            @Schema(description = NEXT) String next) {
    }
}
