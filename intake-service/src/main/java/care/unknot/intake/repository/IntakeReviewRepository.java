package care.unknot.intake.repository;

import care.unknot.intake.domain.IntakeReview;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class IntakeReviewRepository implements PanacheRepositoryBase<IntakeReview, UUID> {

    public List<IntakeReview> ofIntake(UUID intakeId) {
        return list("intakeId = ?1 order by reviewedAt, id", intakeId);
    }
}
