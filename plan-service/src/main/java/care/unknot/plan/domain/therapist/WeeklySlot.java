package care.unknot.plan.domain.therapist;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly available period in the therapist's time zone, start inclusive, end exclusive, within one day. */
public record WeeklySlot(DayOfWeek day, LocalTime start, LocalTime end) {
}
