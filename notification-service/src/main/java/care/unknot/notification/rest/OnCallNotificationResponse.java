package care.unknot.notification.rest;

import care.unknot.notification.repository.OnCallItem;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One urgent alert in the clinic's on-call inbox (the patient id only, no health data); acknowledged* null while open. */
public record OnCallNotificationResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true, description = "What the alert is about",
                enumeration = {"URGENT_REFERRAL", "URGENT_DIARY_ALERT", "URGENT_ADVERSE_EVENT"}) String kind,
        @Schema(required = true) String title,
        @Schema(required = true) String body,
        @Schema(required = true) Instant createdAt,
        @Schema(description = "When it was first acknowledged; null while open") Instant acknowledgedAt,
        @Schema(description = "Who first acknowledged it (the token subject); null while open") String acknowledgedBy) {

    static OnCallNotificationResponse of(OnCallItem item) {
        return new OnCallNotificationResponse(item.id(), item.patientId(), item.kind().name(), item.title(),
                item.body(), item.createdAt(), item.acknowledgedAt(), item.acknowledgedBy());
    }

    @Schema(name = "PageOnCallNotificationResponse")
    record Page(@Schema(required = true) List<OnCallNotificationResponse> items,
            @Schema(description = "The cursor of the following page (pass it as after); null on the last page")
            String next) {
    }
}
