package care.unknot.plan.domain.therapist;

import java.time.LocalDate;
import java.util.UUID;

/** A therapist whose licence expired and whose future sessions still need reassigning. */
public record ExpiredLicence(UUID therapistId, LocalDate expiresOn) {
}
