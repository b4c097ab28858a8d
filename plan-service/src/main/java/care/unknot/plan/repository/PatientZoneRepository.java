package care.unknot.plan.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The patient's IANA time zone from patient.registered / patient.updated; the newest event time wins. */
@ApplicationScoped
public class PatientZoneRepository {

    private static final String UPSERT = """
            INSERT INTO patient_zone (patient_id, time_zone, event_time) VALUES (?1, ?2, ?3)
            ON CONFLICT (patient_id) DO UPDATE SET time_zone = EXCLUDED.time_zone, event_time = EXCLUDED.event_time
            WHERE patient_zone.event_time <= EXCLUDED.event_time""";

    private final jakarta.persistence.EntityManager em;

    public PatientZoneRepository(jakarta.persistence.EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(UUID patientId, ZoneId zone, Instant eventTime) {
        em.createNativeQuery(UPSERT).setParameter(1, patientId).setParameter(2, zone.getId())
                .setParameter(3, OffsetDateTime.ofInstant(eventTime, ZoneOffset.UTC)).executeUpdate();
    }

    public Optional<ZoneId> zoneOf(UUID patientId) {
        @SuppressWarnings("unchecked")
        List<String> zones = em.createNativeQuery("SELECT time_zone FROM patient_zone WHERE patient_id = ?1")
                .setParameter(1, patientId).getResultList();
        return zones.stream().findFirst().map(ZoneId::of);
    }
}
