package care.unknot.intake.repository;

import care.unknot.intake.domain.MedicalClearance;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class MedicalClearanceRepository implements PanacheRepositoryBase<MedicalClearance, UUID> {

    /** The clearance in force: the intake's latest. */
    public Optional<MedicalClearance> ofIntake(UUID intakeId) {
        return find("intakeId = ?1 order by clearanceNo desc", intakeId).firstResultOptional();
    }

    /** Every clearance of the intake, oldest first. */
    public List<MedicalClearance> historyOf(UUID intakeId) {
        return list("intakeId = ?1 order by clearanceNo", intakeId);
    }

    public int nextNumber(UUID intakeId) {
        return (int) count("intakeId", intakeId) + 1;
    }
}
