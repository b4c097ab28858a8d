package care.unknot.events.intake;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * {@code patient.registered}: a patient exists. No name or contact details: consumers key everything on the id.
 *
 * @param timeZone IANA zone id; every local date and reminder time of this patient is in it
 * @param locale BCP 47 language tag, e.g. {@code de-DE}
 * @param sharingConsentPartnerIds partners the patient consented to share status with
 * @param referringPartnerId the partner that referred the patient, null when none
 */
public record PatientRegisteredV1(
        UUID patientId,
        ZoneId timeZone,
        String locale,
        ReminderPreferences reminders,
        List<String> sharingConsentPartnerIds,
        String referringPartnerId,
        Instant registeredAt) implements EventPayload {

    public PatientRegisteredV1 {
        sharingConsentPartnerIds = EventLists.copyOrEmpty(sharingConsentPartnerIds);
    }
}
