package care.unknot.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MutableClockTest {

    @Test
    void clockStandsStillUntilSetOrAdvancedAndZonedViewsShareItsTime() {
        MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T23:30:00Z"));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-03-02T23:30:00Z"));
        var berlin = clock.withZone(ZoneId.of("Europe/Berlin"));
        clock.advance(Duration.ofMinutes(45));
        assertThat(berlin.instant()).isEqualTo(Instant.parse("2026-03-03T00:15:00Z"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2026-03-03"));
        clock.set(Instant.parse("2026-01-01T00:00:00Z"));
        assertThat(berlin.instant()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }
}
