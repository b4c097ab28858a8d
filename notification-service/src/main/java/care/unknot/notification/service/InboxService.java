package care.unknot.notification.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.notification.repository.DeliveryRepository;
import care.unknot.notification.repository.InboxItem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The patient's in-app inbox: only the patient itself reads it and marks messages read. */
@ApplicationScoped
public class InboxService {

    private final DeliveryRepository deliveries;
    private final CurrentUser user;
    private final Clock clock;

    public InboxService(DeliveryRepository deliveries, CurrentUser user, Clock clock) {
        this.deliveries = deliveries;
        this.user = user;
        this.clock = clock;
    }

    /** Newest first; {@code fetch} rows after the keyset (createdAt, id) when given. */
    public List<InboxItem> page(UUID patientId, Instant afterCreated, UUID afterId, int fetch) {
        user.requireSelf(patientId);
        return deliveries.inbox(patientId.toString(), afterCreated, afterId, fetch);
    }

    @Transactional
    public void markRead(UUID patientId, UUID notificationId) {
        user.requireSelf(patientId);
        if (!deliveries.markRead(patientId.toString(), notificationId, clock.instant())) {
            throw ProblemException.notFound("No such notification in this inbox");
        }
    }
}
