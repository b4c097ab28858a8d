package care.unknot.plan.repository;

import care.unknot.plan.domain.Plan;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PlanRepository implements PanacheRepositoryBase<Plan, UUID> {

    public boolean existsForIntake(UUID intakeId) {
        return count("intakeId", intakeId) > 0;
    }

    public Optional<Plan> ofIntake(UUID intakeId) {
        return find("intakeId", intakeId).firstResultOptional();
    }

    /** The patient's newest plan. */
    public Optional<Plan> latestOf(UUID patientId) {
        return find("patientId = ?1 order by draftedAt desc, id desc", patientId).firstResultOptional();
    }

    /** A page of plans in id order, optionally of one patient. */
    public List<Plan> page(UUID patientId, UUID after, int limit) {
        String where = (patientId == null ? "1 = 1" : "patientId = :patient") + (after == null ? "" : " and id > :after");
        var query = getEntityManager().createQuery("from Plan where " + where + " order by id", Plan.class);
        if (patientId != null) {
            query.setParameter("patient", patientId);
        }
        if (after != null) {
            query.setParameter("after", after);
        }
        return query.setMaxResults(limit).getResultList();
    }
}
