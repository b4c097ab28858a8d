package care.unknot.intake.repository;

import care.unknot.intake.domain.SharingConsent;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SharingConsentRepository implements PanacheRepositoryBase<SharingConsent, SharingConsent.Key> {

    public Optional<SharingConsent> findConsent(UUID patientId, String partnerId) {
        return findByIdOptional(new SharingConsent.Key(patientId, partnerId));
    }

    public List<SharingConsent> forPatient(UUID patientId) {
        return list("key.patientId = ?1 order by key.partnerId", patientId);
    }

    public List<String> activePartnerIds(UUID patientId) {
        return forPatient(patientId).stream().filter(SharingConsent::active).map(SharingConsent::partnerId).toList();
    }

    public boolean activeConsent(UUID patientId, String partnerId) {
        return findConsent(patientId, partnerId).map(SharingConsent::active).orElse(false);
    }
}
