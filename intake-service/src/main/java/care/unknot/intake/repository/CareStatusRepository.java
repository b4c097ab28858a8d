package care.unknot.intake.repository;

import care.unknot.intake.domain.CareStatus;
import care.unknot.intake.domain.PatientCareStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CareStatusRepository implements PanacheRepositoryBase<PatientCareStatus, UUID> {

    /*
     * One statement, so two deliveries racing (e.g. during a rebalance) cannot both win: the row changes only when
     * the event is at least as new as the one that set it. On equal times the later-consumed event wins.
     */
    private static final String UPSERT = """
            INSERT INTO patient_care_status (patient_id, status, plan_id, event_id, event_time, recorded_at)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6)
            ON CONFLICT (patient_id) DO UPDATE SET status = EXCLUDED.status, plan_id = EXCLUDED.plan_id,
                event_id = EXCLUDED.event_id, event_time = EXCLUDED.event_time, recorded_at = EXCLUDED.recorded_at
            WHERE patient_care_status.event_time <= EXCLUDED.event_time""";

    /**
     * Sets the patient's care status unless a newer event already set it.
     *
     * @return true when applied, false when the stored status comes from a newer event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean apply(UUID patientId, CareStatus status, UUID planId, String eventId, Instant eventTime,
            Instant now) {
        return getEntityManager().createNativeQuery(UPSERT)
                .setParameter(1, patientId).setParameter(2, status.name()).setParameter(3, planId)
                .setParameter(4, eventId).setParameter(5, utc(eventTime))
                .setParameter(6, utc(now))
                .executeUpdate() == 1;
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    public Optional<PatientCareStatus> of(UUID patientId) {
        return findByIdOptional(patientId);
    }

    public Map<UUID, PatientCareStatus> of(Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Map.of();
        }
        return list("patientId in ?1", patientIds).stream()
                .collect(Collectors.toMap(PatientCareStatus::patientId, Function.identity()));
    }
}
