package care.unknot.plan.domain.therapist;

import java.time.ZoneId;
import java.util.List;

/** What an admin records of a therapist. */
public record TherapistProfile(String name, Licence licence, List<String> certifications,
        int headachePatientsPerMonth, ZoneId zone) {
}
