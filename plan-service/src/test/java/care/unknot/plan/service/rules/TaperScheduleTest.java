package care.unknot.plan.service.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What follows the focused program (domain.md 2.4) in the patient's zone, across DST changes. */
class TaperScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin"); // summer time from 2026-03-29

    private final TaperSchedule schedule = new TaperSchedule(DefaultRules.defaults());

    @Test
    void maintenanceSessionsAreTwoFourAndFourWeeksApartAtTheSameLocalTime() {
        ZonedDateTime last = ZonedDateTime.of(2026, 3, 10, 18, 0, 0, 0, BERLIN);

        List<ZonedDateTime> sessions = schedule.maintenanceSessions(last);

        assertThat(sessions).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 3, 24),
                LocalDate.of(2026, 4, 21), LocalDate.of(2026, 5, 19));
        assertThat(sessions).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(18, 0));
        assertThat(sessions.get(0).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(sessions.get(1).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(schedule.dischargeOn(last)).isEqualTo(LocalDate.of(2026, 5, 19));
    }

    @Test
    void theExtensionIsFourSessionsOverTwoWeeksAtTheSameLocalTime() {
        ZonedDateTime last = ZonedDateTime.of(2026, 3, 24, 18, 0, 0, 0, BERLIN);

        List<ZonedDateTime> sessions = schedule.extensionSessions(last);

        assertThat(sessions).extracting(ZonedDateTime::toLocalDate).containsExactly(LocalDate.of(2026, 3, 27),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 7));
        assertThat(sessions).extracting(ZonedDateTime::toLocalTime).containsOnly(LocalTime.of(18, 0));
        assertThat(Duration.between(sessions.get(0).toInstant(), sessions.get(1).toInstant()))
                .isEqualTo(Duration.ofDays(4).minusHours(1)); // the night the clocks went forward
        assertThat(schedule.lastSessionNumberWhenExtended(8)).isEqualTo(12);
    }

    @Test
    void extensionSessionsKeepTheMinimumSpacing() {
        List<ZonedDateTime> sessions = schedule.extensionSessions(ZonedDateTime.of(2026, 1, 5, 9, 0, 0, 0, BERLIN));

        for (int i = 1; i < sessions.size(); i++) {
            assertThat(sessions.get(i).toLocalDate().toEpochDay() - sessions.get(i - 1).toLocalDate().toEpochDay())
                    .isGreaterThanOrEqualTo(DefaultRules.defaults().program().minDaysBetweenSessions());
        }
    }
}
