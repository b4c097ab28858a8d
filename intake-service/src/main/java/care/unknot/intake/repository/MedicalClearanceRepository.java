package care.unknot.intake.repository;

import care.unknot.intake.domain.MedicalClearance;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MedicalClearanceRepository implements PanacheRepositoryBase<MedicalClearance, UUID> {

    public Optional<MedicalClearance> ofIntake(UUID intakeId) {
        return find("intakeId", intakeId).firstResultOptional();
    }
}
