package care.unknot.notification.service;

import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import care.unknot.kit.security.Roles;
import care.unknot.notification.domain.Recipient;
import care.unknot.notification.repository.DeliveryRepository;
import care.unknot.notification.repository.InboxItem;
import care.unknot.notification.repository.PatientRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * In-app inboxes: the patient's (only the patient itself reads it and marks messages read) and the treating
 * therapist's urgent alerts (the therapist whose token subject plan events named as its login, or is the id itself,
 * or an admin).
 */
@ApplicationScoped
public class InboxService {

    private final DeliveryRepository deliveries;
    private final PatientRepository patients;
    private final CurrentUser user;
    private final Clock clock;

    public InboxService(DeliveryRepository deliveries, PatientRepository patients, CurrentUser user, Clock clock) {
        this.deliveries = deliveries;
        this.patients = patients;
        this.user = user;
        this.clock = clock;
    }

    /** Newest first; {@code fetch} rows after the keyset (createdAt, id) when given. */
    public List<InboxItem> page(UUID patientId, Instant afterCreated, UUID afterId, int fetch) {
        user.requireSelf(patientId);
        return deliveries.inbox(Recipient.PATIENT, patientId.toString(), afterCreated, afterId, fetch);
    }

    @Transactional
    public void markRead(UUID patientId, UUID notificationId) {
        user.requireSelf(patientId);
        markRead(Recipient.PATIENT, patientId, notificationId);
    }

    public List<InboxItem> therapistPage(UUID therapistId, Instant afterCreated, UUID afterId, int fetch) {
        requireTherapist(therapistId);
        return deliveries.inbox(Recipient.THERAPIST, therapistId.toString(), afterCreated, afterId, fetch);
    }

    @Transactional
    public void therapistMarkRead(UUID therapistId, UUID notificationId) {
        requireTherapist(therapistId);
        markRead(Recipient.THERAPIST, therapistId, notificationId);
    }

    private void markRead(Recipient recipient, UUID recipientId, UUID notificationId) {
        if (!deliveries.markRead(recipient, recipientId.toString(), notificationId, clock.instant())) {
            throw ProblemException.notFound("No such notification in this inbox");
        }
    }

    /**
     * A therapist reads only its own inbox: its token subject is the login plan events carried for that therapist id
     * (or, for events from before the login was carried, the id itself). 404 otherwise, ids are not probed.
     */
    private void requireTherapist(UUID therapistId) {
        if (user.hasRole(Roles.ADMIN) || therapistId.toString().equals(user.subject())) {
            return;
        }
        if (!patients.isTherapistLogin(therapistId, user.subject())) {
            throw ProblemException.notFound("No such inbox");
        }
    }
}
