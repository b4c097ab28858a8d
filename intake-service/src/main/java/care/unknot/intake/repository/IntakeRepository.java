package care.unknot.intake.repository;

import care.unknot.intake.domain.Intake;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class IntakeRepository implements PanacheRepositoryBase<Intake, UUID> {

    public List<Intake> ofPatient(UUID patientId, UUID after, int limit) {
        if (after == null) {
            return find("patientId = ?1 order by id", patientId).page(0, limit).list();
        }
        return find("patientId = ?1 and id > ?2 order by id", patientId, after).page(0, limit).list();
    }

    public Optional<Intake> latestOf(UUID patientId) {
        return find("patientId = ?1 order by submittedAt desc, id desc", patientId).firstResultOptional();
    }
}
