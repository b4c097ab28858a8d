package care.unknot.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.plan.HomeProgramFrequency;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReminderTimesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime EVENING = LocalTime.of(20, 0);

    @Test
    void eveningReminderStaysAtLocalTimeAcrossTheSpringDstChange() {
        // Europe/Berlin moves from +01:00 to +02:00 on 2026-03-29
        assertThat(ReminderTimes.at(LocalDate.parse("2026-03-28"), EVENING, BERLIN))
                .isEqualTo(Instant.parse("2026-03-28T19:00:00Z"));
        assertThat(ReminderTimes.at(LocalDate.parse("2026-03-29"), EVENING, BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T18:00:00Z"));
    }

    @Test
    void eveningReminderStaysAtLocalTimeAcrossTheAutumnDstChange() {
        ZoneId newYork = ZoneId.of("America/New_York"); // -04:00 -> -05:00 on 2026-11-01
        assertThat(ReminderTimes.at(LocalDate.parse("2026-10-31"), EVENING, newYork))
                .isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(ReminderTimes.at(LocalDate.parse("2026-11-01"), EVENING, newYork))
                .isEqualTo(Instant.parse("2026-11-02T01:00:00Z"));
    }

    @Test
    void aDailyReminderExpiresAtTheNextLocalMidnightWhateverTheOffsetThatNight() {
        assertThat(ReminderTimes.endOf(LocalDate.parse("2026-03-28"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-28T23:00:00Z")); // CET
        assertThat(ReminderTimes.endOf(LocalDate.parse("2026-03-29"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T22:00:00Z")); // CEST, the day had 23 hours
    }

    @Test
    void aTimeTheSpringGapSkipsFallsJustAfterTheGap() {
        assertThat(ReminderTimes.at(LocalDate.parse("2026-03-29"), LocalTime.of(2, 30), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T01:30:00Z")); // 03:30 CEST
    }

    @Test
    void sameInstantIsADifferentLocalDayInAnotherZone() {
        Instant now = Instant.parse("2026-03-10T12:00:00Z");
        assertThat(ReminderTimes.nextDay(LocalDate.MIN, EVENING, BERLIN, now)).isEqualTo("2026-03-10");
        assertThat(ReminderTimes.nextDay(LocalDate.MIN, EVENING, ZoneId.of("Pacific/Auckland"), now))
                .isEqualTo("2026-03-11"); // 01:00 on the 11th there: that evening is still ahead
        assertThat(ReminderTimes.nextDay(LocalDate.MIN, LocalTime.of(0, 30), ZoneId.of("Pacific/Auckland"), now))
                .isEqualTo("2026-03-12"); // 00:30 on the 11th has passed there
    }

    @Test
    void nextDayIsTomorrowOnceTodaysTimeHasPassed() {
        Instant afterEight = Instant.parse("2026-03-10T19:00:01Z");
        assertThat(ReminderTimes.nextDay(LocalDate.MIN, EVENING, BERLIN, afterEight)).isEqualTo("2026-03-11");
        assertThat(ReminderTimes.nextDay(LocalDate.parse("2026-03-15"), EVENING, BERLIN, afterEight))
                .isEqualTo("2026-03-15");
    }

    @Test
    void everyOtherDayIsPrescribedFromTheAssignmentDay() {
        LocalDate assigned = LocalDate.parse("2026-03-10");
        assertThat(ReminderTimes.prescribed(assigned, HomeProgramFrequency.EVERY_OTHER_DAY, assigned)).isTrue();
        assertThat(ReminderTimes.prescribed(assigned, HomeProgramFrequency.EVERY_OTHER_DAY, assigned.plusDays(1)))
                .isFalse();
        assertThat(ReminderTimes.prescribed(assigned, HomeProgramFrequency.EVERY_OTHER_DAY, assigned.plusDays(2)))
                .isTrue();
        assertThat(ReminderTimes.prescribed(assigned, HomeProgramFrequency.DAILY, assigned.plusDays(1))).isTrue();
        assertThat(ReminderTimes.prescribed(assigned, HomeProgramFrequency.DAILY, assigned.minusDays(1))).isFalse();
        Instant now = Instant.parse("2026-03-11T06:00:00Z");
        assertThat(ReminderTimes.nextPrescribedDay(assigned, HomeProgramFrequency.EVERY_OTHER_DAY, LocalDate.MIN,
                LocalTime.of(18, 0), BERLIN, now)).isEqualTo("2026-03-12");
    }
}
