package care.unknot.plan.domain.therapist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Weekly availability is judged on local times in the therapist's zone, on either side of a DST change. */
class WeeklyAvailabilityTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Duration SESSION = Duration.ofMinutes(45);
    private static final List<WeeklySlot> MONDAYS = List.of(
            new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
            new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)));

    @Test
    void nineOClockLocalIsAvailableInWinterAndInSummerTime() {
        assertThat(covers(Instant.parse("2026-03-23T08:00:00Z"))).isTrue(); // 09:00 CET
        assertThat(covers(Instant.parse("2026-03-30T07:00:00Z"))).isTrue(); // 09:00 CEST
        assertThat(covers(Instant.parse("2026-03-23T07:00:00Z"))).isFalse(); // 08:00 CET
        assertThat(covers(Instant.parse("2026-03-30T06:00:00Z"))).isFalse(); // 08:00 CEST
    }

    @Test
    void aSessionMustEndByTheSlotsEnd() {
        assertThat(covers(Instant.parse("2026-03-30T14:15:00Z"))).isTrue(); // 16:15-17:00 CEST
        assertThat(covers(Instant.parse("2026-03-30T14:30:00Z"))).isFalse(); // 16:30-17:15 CEST
    }

    @Test
    void touchingSlotsFormOneRun() {
        assertThat(covers(Instant.parse("2026-03-30T09:30:00Z"))).isTrue(); // 11:30-12:15 CEST
    }

    @Test
    void anotherWeekdayOrAnEmptyPeriodIsNotAvailable() {
        assertThat(covers(Instant.parse("2026-03-31T08:00:00Z"))).isFalse(); // Tuesday
        assertThat(WeeklyAvailability.covers(MONDAYS, BERLIN, Instant.parse("2026-03-30T08:00:00Z"), Duration.ZERO))
                .isFalse();
    }

    @Test
    void aPeriodAcrossMidnightIsNotAvailable() {
        List<WeeklySlot> lateSlots = List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.MAX),
                new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.MIN, LocalTime.of(2, 0)));

        assertThat(WeeklyAvailability.covers(lateSlots, BERLIN, Instant.parse("2026-03-30T21:45:00Z"), SESSION))
                .isFalse(); // Monday 23:45 to Tuesday 00:30 CEST
    }

    private static boolean covers(Instant start) {
        return WeeklyAvailability.covers(MONDAYS, BERLIN, start, SESSION);
    }
}
