package care.unknot.notification.repository;

import care.unknot.events.notification.Channel;
import care.unknot.notification.domain.Recipient;
import java.time.Instant;
import java.util.UUID;

/**
 * One message on one channel (its id is the {@code notificationId} of the events). When claimed it carries the
 * patient channel's consent and address as they are at that moment ({@code consent} null: no channel row); a staff
 * delivery (the on-call pager) carries its own {@code address} from the start. From {@code expiresAt} (its reminder's,
 * null for urgent alerts) it is withdrawn instead of sent.
 */
public record Delivery(UUID id, UUID reminderId, UUID patientId, Recipient recipient, String recipientId,
        Channel channel, String template, String title, String body, boolean urgent, int attempts, Boolean consent,
        String address, Instant expiresAt) {
}
