package care.unknot.notification.domain;

import care.unknot.events.plan.HomeProgramFrequency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * When daily reminders fall: a local day and local time in the patient's zone, whatever its offset that day (a
 * DST change moves the instant, not the local time; a time the spring-forward gap skips falls after the gap).
 */
public final class ReminderTimes {

    private ReminderTimes() {
    }

    public static Instant at(LocalDate day, LocalTime time, ZoneId zone) {
        return ZonedDateTime.of(day, time, zone).toInstant();
    }

    /** The end of a local day (the next day's start, whatever DST does that night): a daily reminder's expiry. */
    public static Instant endOf(LocalDate day, ZoneId zone) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The first day from {@code notBefore} whose reminder at {@code time} is still ahead of {@code now}. */
    public static LocalDate nextDay(LocalDate notBefore, LocalTime time, ZoneId zone, Instant now) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalDate candidate = at(today, time, zone).isAfter(now) ? today : today.plusDays(1);
        return candidate.isAfter(notBefore) ? candidate : notBefore;
    }

    /** Whether the home program is prescribed on {@code day} (DAILY from assignedOn; EVERY_OTHER_DAY every 2nd). */
    public static boolean prescribed(LocalDate assignedOn, HomeProgramFrequency frequency, LocalDate day) {
        if (day.isBefore(assignedOn)) {
            return false;
        }
        return frequency == HomeProgramFrequency.DAILY || ChronoUnit.DAYS.between(assignedOn, day) % 2 == 0;
    }

    /** The first prescribed day from {@code notBefore} whose reminder at {@code time} is still ahead of {@code now}. */
    public static LocalDate nextPrescribedDay(LocalDate assignedOn, HomeProgramFrequency frequency,
            LocalDate notBefore, LocalTime time, ZoneId zone, Instant now) {
        LocalDate day = nextDay(notBefore.isBefore(assignedOn) ? assignedOn : notBefore, time, zone, now);
        return prescribed(assignedOn, frequency, day) ? day : day.plusDays(1);
    }
}
