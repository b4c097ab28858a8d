package care.unknot.notification.service;

import care.unknot.events.notification.Channel;
import care.unknot.notification.config.OnCallConfig;
import care.unknot.notification.domain.Recipient;
import care.unknot.notification.repository.Delivery;
import care.unknot.notification.repository.DeliveryRepository;
import care.unknot.notification.repository.PatientRepository;
import care.unknot.notification.repository.Reminder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * The staff side of an urgent alert, released with the patient's side in one transaction: the treating therapist's
 * inbox, or, for a patient with no treating therapist known here (an urgent referral has no plan), the clinic's
 * on-call inbox and the configured pager addresses. The deliveries' unique key (reminder, recipient, channel) makes
 * a second release of the same alert create nothing.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StaffAlerts {

    /** The recipient id of the clinic's one on-call inbox. */
    public static final String ON_CALL = "on-call";

    private final DeliveryRepository deliveries;
    private final PatientRepository patients;
    private final MessageTemplates templates;
    private final OnCallConfig onCall;

    public StaffAlerts(DeliveryRepository deliveries, PatientRepository patients, MessageTemplates templates,
            OnCallConfig onCall) {
        this.deliveries = deliveries;
        this.patients = patients;
        this.templates = templates;
        this.onCall = onCall;
    }

    /** @return the number of deliveries created */
    public int alert(Reminder r, ZoneId zone, Instant now) {
        Optional<UUID> therapist = patients.therapistOf(r.patientId());
        if (therapist.isPresent()) {
            insert(r, "therapist-", Recipient.THERAPIST, therapist.get().toString(), Channel.IN_APP, null, zone, now);
            return 1;
        }
        insert(r, "on-call-", Recipient.ON_CALL, ON_CALL, Channel.IN_APP, null, zone, now);
        int created = 1;
        if (onCall.email().isPresent()) {
            insert(r, "on-call-", Recipient.ON_CALL, ON_CALL, Channel.EMAIL, onCall.email().get(), zone, now);
            created++;
        }
        if (onCall.sms().isPresent()) {
            insert(r, "on-call-", Recipient.ON_CALL, ON_CALL, Channel.SMS, onCall.sms().get(), zone, now);
            created++;
        }
        return created;
    }

    private void insert(Reminder r, String prefix, Recipient recipient, String recipientId, Channel channel,
            String address, ZoneId zone, Instant now) {
        String template = prefix + r.template();
        var text = templates.render(template, "en", zone, null, r.patientId()); // staff texts: English
        deliveries.insert(new Delivery(UUID.randomUUID(), r.id(), r.patientId(), recipient, recipientId, channel,
                template, text.title(), text.body(), true, 0, null, address, r.expiresAt()), now, now);
    }
}
