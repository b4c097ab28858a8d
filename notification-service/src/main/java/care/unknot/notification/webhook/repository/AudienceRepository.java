package care.unknot.notification.webhook.repository;

import static care.unknot.notification.webhook.repository.Jdbc.ts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The read copy of who may hear about a patient: partners that referred it ({@code referral.received}, or the
 * {@code referringPartnerId} of patient.registered/updated) and partners it consents to share with (the newest
 * patient.registered/updated by event time wins; a revoked consent is missing from the list).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AudienceRepository {

    private final DataSource dataSource;

    public AudienceRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void referredBy(UUID patientId, String partnerId) {
        Jdbc.update(dataSource, "insert into webhook_referral (patient_id, partner_id) values (?, ?)"
                + " on conflict do nothing", s -> {
                    s.setObject(1, patientId);
                    s.setString(2, partnerId);
                });
    }

    /** Replaces the consented partners unless a newer event already set them; false when ignored as older. */
    public boolean consents(UUID patientId, List<String> partnerIds, Instant asOf) {
        return Jdbc.update(dataSource, "insert into webhook_consent (patient_id, partner_ids, as_of) values (?, ?, ?)"
                + " on conflict (patient_id) do update set partner_ids = excluded.partner_ids, as_of = excluded.as_of"
                + " where webhook_consent.as_of <= excluded.as_of", s -> {
                    s.setObject(1, patientId);
                    s.setArray(2, s.getConnection().createArrayOf("text", partnerIds.toArray()));
                    s.setTimestamp(3, ts(asOf));
                }) == 1;
    }

    /** The partners that may hear about this patient now. */
    public List<String> partnersOf(UUID patientId) {
        return Jdbc.query(dataSource, "select partner_id from webhook_referral where patient_id = ?"
                + " union select unnest(partner_ids) from webhook_consent where patient_id = ?", s -> {
                    s.setObject(1, patientId);
                    s.setObject(2, patientId);
                }, row -> row.getString(1));
    }
}
