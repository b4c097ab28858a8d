package care.unknot.intake.repository;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class PatientRepository implements PanacheRepositoryBase<Patient, UUID> {

    /** Keyset page ordered by id; {@code name} matches given or family name, case-insensitively. */
    public List<Patient> search(String name, PatientStatus status, UUID after, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (name != null && !name.isBlank()) {
            query.append(" and (lower(givenName) like :name or lower(familyName) like :name"
                    + " or lower(concat(givenName, ' ', familyName)) like :name)");
            params.and("name", "%" + escapeLike(name.trim().toLowerCase()) + "%");
        }
        if (status != null) {
            query.append(" and status = :status");
            params.and("status", status);
        }
        if (after != null) {
            query.append(" and id > :after");
            params.and("after", after);
        }
        return find(query + " order by id", params).page(0, limit).list();
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
