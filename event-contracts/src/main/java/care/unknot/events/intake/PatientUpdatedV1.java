package care.unknot.events.intake;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/**
 * {@code patient.updated}: the patient's full current settings after a change (not a diff), so a consumer can
 * overwrite its read copy. A revoked consent is simply missing from {@code sharingConsentPartnerIds}.
 */
public record PatientUpdatedV1(
        UUID patientId,
        ZoneId timeZone,
        String locale,
        ReminderPreferences reminders,
        List<String> sharingConsentPartnerIds,
        String referringPartnerId,
        Instant updatedAt) implements EventPayload {

    public PatientUpdatedV1 {
        sharingConsentPartnerIds = EventLists.copyOrEmpty(sharingConsentPartnerIds);
    }
}
