package care.unknot.plan.rest;

import care.unknot.kit.problem.ProblemException;
import care.unknot.plan.domain.therapist.TimeOffPeriod;
import care.unknot.plan.domain.therapist.WeeklySlot;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A therapist's weekly availability in their time zone and their time off; both replace what was there (time off
 * that has already ended stays as history).
 *
 * @param weekly periods per weekday, local times, start before end within the day
 * @param timeOff periods away, start before end
 */
public record AvailabilityRequest(
        @NotNull @Size(max = 50) List<@NotNull @Valid Slot> weekly,
        @Size(max = 100) List<@NotNull @Valid Period> timeOff) {

    public record Slot(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {
    }

    public record Period(@NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt) {
    }

    /** The rules across fields: each end after its start (400 naming the end). */
    List<WeeklySlot> weeklySlots() {
        for (int i = 0; i < weekly.size(); i++) {
            if (!weekly.get(i).end().isAfter(weekly.get(i).start())) {
                throw ProblemException.field(400, "weekly[" + i + "].end", "must be after start");
            }
        }
        return weekly.stream().map(s -> new WeeklySlot(s.day(), s.start(), s.end())).toList();
    }

    List<TimeOffPeriod> timeOffPeriods() {
        List<Period> periods = timeOff == null ? List.of() : timeOff;
        for (int i = 0; i < periods.size(); i++) {
            if (!periods.get(i).endsAt().isAfter(periods.get(i).startsAt())) {
                throw ProblemException.field(400, "timeOff[" + i + "].endsAt", "must be after startsAt");
            }
        }
        return periods.stream().map(p -> new TimeOffPeriod(p.startsAt().toInstant(), p.endsAt().toInstant())).toList();
    }
}
