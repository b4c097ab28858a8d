package care.unknot.intake.repository;

import care.unknot.intake.domain.Referral;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class ReferralRepository implements PanacheRepositoryBase<Referral, UUID> {

    public List<Referral> ofPartner(String partnerId, UUID after, int limit) {
        if (after == null) {
            return find("partnerId = ?1 order by id", partnerId).page(0, limit).list();
        }
        return find("partnerId = ?1 and id > ?2 order by id", partnerId, after).page(0, limit).list();
    }

    public Optional<Referral> ofPartner(String partnerId, UUID referralId) {
        return find("id = ?1 and partnerId = ?2", referralId, partnerId).firstResultOptional();
    }

    /** One partner's referrals of one patient, oldest first. */
    public List<Referral> ofPartnerForPatient(String partnerId, UUID patientId) {
        return list("partnerId = ?1 and patientId = ?2 order by receivedAt, id", partnerId, patientId);
    }

    public boolean referredBy(UUID patientId, String partnerId) {
        return count("patientId = ?1 and partnerId = ?2", patientId, partnerId) > 0;
    }

    public List<Referral> ofPatient(UUID patientId) {
        return list("patientId = ?1 order by receivedAt", patientId);
    }
}
