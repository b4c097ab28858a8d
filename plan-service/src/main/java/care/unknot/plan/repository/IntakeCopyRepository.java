package care.unknot.plan.repository;

import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.plan.domain.IntakeCopy;
import care.unknot.plan.domain.JsonColumns;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * The intake read copy. Each event is one upsert, so the events may come in any order and twice: the screening is
 * kept as sent, the eligibility is the newest review's or clearance's by event time (an older one consumed late
 * changes nothing), and a clearance, once seen, stays seen.
 */
@ApplicationScoped
public class IntakeCopyRepository implements PanacheRepositoryBase<IntakeCopy, UUID> {

    private static final String SCREENED = """
            INSERT INTO intake_copy (intake_id, patient_id, screened) VALUES (?1, ?2, CAST(?3 AS jsonb))
            ON CONFLICT (intake_id) DO UPDATE SET screened = EXCLUDED.screened""";

    private static final String ELIGIBILITY = """
            INSERT INTO intake_copy (intake_id, patient_id, eligible_for_plan, outcome, restricted_rule_ids, cleared,
                eligibility_time, reviewer_id)
            VALUES (?1, ?2, ?3, ?4, CAST(?5 AS jsonb), ?6, ?7, ?8)
            ON CONFLICT (intake_id) DO UPDATE SET
                cleared = intake_copy.cleared OR EXCLUDED.cleared,
                reviewer_id = COALESCE(EXCLUDED.reviewer_id, intake_copy.reviewer_id),
                restricted_rule_ids = CASE WHEN EXCLUDED.cleared THEN EXCLUDED.restricted_rule_ids
                    ELSE intake_copy.restricted_rule_ids END,
                eligible_for_plan = CASE WHEN intake_copy.eligibility_time IS NULL
                    OR intake_copy.eligibility_time <= EXCLUDED.eligibility_time
                    THEN EXCLUDED.eligible_for_plan ELSE intake_copy.eligible_for_plan END,
                outcome = CASE WHEN intake_copy.eligibility_time IS NULL
                    OR intake_copy.eligibility_time <= EXCLUDED.eligibility_time
                    THEN EXCLUDED.outcome ELSE intake_copy.outcome END,
                eligibility_time = GREATEST(intake_copy.eligibility_time, EXCLUDED.eligibility_time)""";

    @Transactional(Transactional.TxType.MANDATORY)
    public void screened(UUID intakeId, UUID patientId, Object screenedPayload) {
        getEntityManager().createNativeQuery(SCREENED)
                .setParameter(1, intakeId).setParameter(2, patientId)
                .setParameter(3, JsonColumns.write(screenedPayload))
                .executeUpdate();
    }

    /**
     * A review ({@code cleared} false, the reviewer named) or a clearance ({@code cleared} true, its restrictions).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void eligibility(UUID intakeId, UUID patientId, boolean eligibleForPlan, ScreeningOutcome outcome,
            boolean cleared, List<String> restrictedRuleIds, Instant eventTime, String reviewerId) {
        getEntityManager().createNativeQuery(ELIGIBILITY)
                .setParameter(1, intakeId).setParameter(2, patientId).setParameter(3, eligibleForPlan)
                .setParameter(4, outcome == null ? null : outcome.name())
                .setParameter(5, JsonColumns.write(restrictedRuleIds)).setParameter(6, cleared)
                .setParameter(7, OffsetDateTime.ofInstant(eventTime, ZoneOffset.UTC)).setParameter(8, reviewerId)
                .executeUpdate();
    }

    /** The row as the upserts of this transaction left it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public IntakeCopy reload(UUID intakeId) {
        getEntityManager().flush();
        IntakeCopy copy = findById(intakeId);
        if (copy != null) {
            getEntityManager().refresh(copy);
        }
        return copy;
    }
}
