package care.unknot.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final QuietHours DEFAULT = new QuietHours(LocalTime.of(21, 30), LocalTime.of(8, 0));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void boundariesStartInclusiveEndExclusiveAcrossMidnight() {
        assertThat(DEFAULT.contains(LocalTime.of(21, 29, 59))).isFalse();
        assertThat(DEFAULT.contains(LocalTime.of(21, 30))).isTrue();
        assertThat(DEFAULT.contains(LocalTime.MIDNIGHT)).isTrue();
        assertThat(DEFAULT.contains(LocalTime.of(7, 59, 59))).isTrue();
        assertThat(DEFAULT.contains(LocalTime.of(8, 0))).isFalse();
        assertThat(DEFAULT.contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void quietHoursWithinOneDayAndNone() {
        QuietHours afternoon = new QuietHours(LocalTime.of(13, 0), LocalTime.of(15, 0));
        assertThat(afternoon.contains(LocalTime.of(12, 59))).isFalse();
        assertThat(afternoon.contains(LocalTime.of(13, 0))).isTrue();
        assertThat(afternoon.contains(LocalTime.of(15, 0))).isFalse();
        assertThat(new QuietHours(LocalTime.NOON, LocalTime.NOON).contains(LocalTime.NOON)).isFalse();
    }

    @Test
    void heldUntilTheEndOfQuietHoursTheNextMorningOrThisMorning() {
        // 23:00 CET -> 08:00 CET next day; 02:00 CET -> 08:00 CET the same day
        assertThat(DEFAULT.releaseTime(Instant.parse("2026-03-10T22:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-11T07:00:00Z"));
        assertThat(DEFAULT.releaseTime(Instant.parse("2026-03-11T01:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-11T07:00:00Z"));
        Instant outside = Instant.parse("2026-03-11T07:00:00Z");
        assertThat(DEFAULT.releaseTime(outside, BERLIN)).isEqualTo(outside);
    }

    @Test
    void theNightOfTheDstChangeEndsAtLocalEightInTheNewOffset() {
        // 22:00 CET on 2026-03-28; the clocks go forward that night: 08:00 CEST = 06:00Z
        assertThat(DEFAULT.releaseTime(Instant.parse("2026-03-28T21:00:00Z"), BERLIN))
                .isEqualTo(Instant.parse("2026-03-29T06:00:00Z"));
    }
}
