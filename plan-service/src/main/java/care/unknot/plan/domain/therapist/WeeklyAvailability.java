package care.unknot.plan.domain.therapist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;

/** Whether a period lies inside a therapist's weekly availability, judged on local times in the therapist's zone. */
public final class WeeklyAvailability {

    private WeeklyAvailability() {
    }

    /**
     * True when [start, start + length) falls on one local day and inside one run of that weekday's slots
     * (overlapping or touching slots form one run, so 09:00-12:00 and 12:00-17:00 cover 11:30-12:30).
     */
    public static boolean covers(List<WeeklySlot> slots, ZoneId zone, Instant start, Duration length) {
        if (length.isNegative() || length.isZero()) {
            return false;
        }
        ZonedDateTime from = start.atZone(zone);
        ZonedDateTime to = start.plus(length).atZone(zone);
        if (!from.toLocalDate().equals(to.toLocalDate())) {
            return false;
        }
        List<WeeklySlot> day = slots.stream().filter(s -> s.day() == from.getDayOfWeek())
                .sorted(Comparator.comparing(WeeklySlot::start)).toList();
        LocalTime runStart = null;
        LocalTime runEnd = null;
        for (WeeklySlot slot : day) {
            if (runEnd == null || slot.start().isAfter(runEnd)) {
                runStart = slot.start();
                runEnd = slot.end();
            } else if (slot.end().isAfter(runEnd)) {
                runEnd = slot.end();
            }
            if (!from.toLocalTime().isBefore(runStart) && !to.toLocalTime().isAfter(runEnd)) {
                return true;
            }
        }
        return false;
    }
}
