package care.unknot.plan.repository;

import care.unknot.plan.domain.therapist.TimeOff;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class TimeOffRepository implements PanacheRepositoryBase<TimeOff, UUID> {

    /** Whether any time off overlaps [start, end) (index therapist_time_off_idx). */
    public boolean overlaps(UUID therapistId, Instant start, Instant end) {
        return count("therapistId = ?1 and endsAt > ?2 and startsAt < ?3", therapistId, start, end) > 0;
    }

    /** Time off not yet over, of these therapists, in start order. */
    public List<TimeOff> notOverOf(Collection<UUID> therapistIds, Instant now) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        return list("therapistId in ?1 and endsAt > ?2 order by startsAt, id", therapistIds, now);
    }

    /** Ended time off is history and stays; the rest is replaced. */
    public void deleteNotOver(UUID therapistId, Instant now) {
        delete("therapistId = ?1 and endsAt > ?2", therapistId, now);
    }
}
