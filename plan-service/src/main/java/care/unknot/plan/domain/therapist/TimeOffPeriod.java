package care.unknot.plan.domain.therapist;

import java.time.Instant;

/** A requested period of time off, [startsAt, endsAt). */
public record TimeOffPeriod(Instant startsAt, Instant endsAt) {
}
