package care.unknot.events.notification;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** {@code notification.failed}: a message could not be delivered on a channel. */
public record NotificationFailedV1(
        UUID notificationId,
        UUID patientId,
        Channel channel,
        String template,
        NotificationFailureReason reason,
        Instant failedAt) implements EventPayload {
}
