package care.unknot.events.notification;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code notification.sent}: a message left on a channel.
 *
 * @param template the message template code, e.g. {@code session-reminder-24h}, {@code diary-reminder}
 */
public record NotificationSentV1(
        UUID notificationId,
        UUID patientId,
        Channel channel,
        String template,
        Instant sentAt) implements EventPayload {
}
