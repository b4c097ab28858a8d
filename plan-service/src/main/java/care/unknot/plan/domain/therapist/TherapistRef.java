package care.unknot.plan.domain.therapist;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

/** What plan-core needs of an assignable therapist. */
public record TherapistRef(UUID id, String name, ZoneId zone, LocalDate licenceExpiresOn) {
}
