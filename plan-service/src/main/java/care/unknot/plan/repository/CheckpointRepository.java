package care.unknot.plan.repository;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.plan.domain.Checkpoint;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CheckpointRepository implements PanacheRepositoryBase<Checkpoint, UUID> {

    public Optional<Checkpoint> of(UUID planId, CheckpointKind kind, int triggeringSessionNumber) {
        return find("planId = ?1 and kind = ?2 and triggeringSessionNumber = ?3", planId, kind,
                triggeringSessionNumber).firstResultOptional();
    }

    public List<Checkpoint> ofPlan(UUID planId) {
        return list("planId = ?1 order by triggeringSessionNumber, kind", planId);
    }

    public Optional<Checkpoint> ofPlan(UUID planId, UUID checkpointId) {
        return find("id = ?1 and planId = ?2", checkpointId, planId).firstResultOptional();
    }
}
