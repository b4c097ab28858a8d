package care.unknot.notification.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Local quiet hours [start, end) (domain.md 4, default 21:30-08:00): they may span midnight. Everything but urgent
 * alerts is held until they end.
 */
public record QuietHours(LocalTime start, LocalTime end) {

    public boolean contains(LocalTime time) {
        if (start.equals(end)) {
            return false;
        }
        return start.isBefore(end)
                ? !time.isBefore(start) && time.isBefore(end)
                : !time.isBefore(start) || time.isBefore(end);
    }

    /** {@code now} when outside quiet hours, else the instant they end (local end time, this zone's rules). */
    public Instant releaseTime(Instant now, ZoneId zone) {
        ZonedDateTime local = now.atZone(zone);
        LocalTime time = local.toLocalTime();
        if (!contains(time)) {
            return now;
        }
        LocalDate endDay = time.isBefore(end) ? local.toLocalDate() : local.toLocalDate().plusDays(1);
        return ZonedDateTime.of(endDay, end, zone).toInstant();
    }
}
