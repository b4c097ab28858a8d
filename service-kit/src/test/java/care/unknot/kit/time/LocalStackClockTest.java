package care.unknot.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's clock: real time plus the file's offset, re-read on change, never backwards unless set so. */
class LocalStackClockTest {

    private static final Instant REAL = Instant.parse("2026-12-03T15:00:00Z");

    @TempDir
    Path dir;

    private final MutableClock real = MutableClock.at(REAL);

    private void write(long offsetMillis, long generation) throws IOException {
        Path tmp = dir.resolve("clock.tmp"); // as the script does: a new file moved over the old one
        Files.writeString(tmp, "# test\noffset-ms=" + offsetMillis + "\ngeneration=" + generation + "\n");
        Files.move(tmp, dir.resolve("clock"), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    @Test
    void withoutAFileItIsRealTimeAndAWrittenOffsetCountsFromTheNextReading() throws IOException {
        LocalStackClock clock = new LocalStackClock(dir.resolve("clock"), real);
        assertThat(clock.instant()).isEqualTo(REAL);

        write(Duration.ofDays(7).toMillis(), 0);
        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofDays(7)));
        real.advance(Duration.ofSeconds(3)); // real time goes on under the offset
        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofDays(7)).plusSeconds(3));
        assertThat(LocalDate.now(clock.withZone(ZoneId.of("Asia/Tokyo")))).isEqualTo(LocalDate.of(2026, 12, 11));
    }

    @Test
    void aSmallerOffsetOfTheSameGenerationNeverTurnsTheClockBack() throws IOException {
        LocalStackClock clock = new LocalStackClock(dir.resolve("clock"), real);
        write(Duration.ofDays(7).toMillis(), 3);
        Instant seen = clock.instant();

        write(Duration.ofDays(1).toMillis(), 3);
        assertThat(clock.instant()).isEqualTo(seen);
        real.set(REAL.minusSeconds(30)); // the machine's clock stepped back
        assertThat(clock.instant()).isEqualTo(seen);
        real.set(REAL.plus(Duration.ofDays(6)).plusSeconds(1)); // and catches up past what was seen
        assertThat(clock.instant()).isEqualTo(REAL.plus(Duration.ofDays(7)).plusSeconds(1));
    }

    @Test
    void aNewGenerationIsTheExplicitSetBackAndTheClockFollowsIt() throws IOException {
        LocalStackClock clock = new LocalStackClock(dir.resolve("clock"), real);
        write(Duration.ofDays(7).toMillis(), 0);
        clock.instant();

        write(-Duration.ofDays(30).toMillis(), 1);
        assertThat(clock.instant()).isEqualTo(REAL.minus(Duration.ofDays(30)));
    }

    @Test
    void aFileBeingEditedBadlyKeepsTheLastGoodSetting() throws IOException {
        LocalStackClock clock = new LocalStackClock(dir.resolve("clock"), real);
        write(60_000, 0);
        clock.instant();
        Files.writeString(dir.resolve("clock"), "offset-ms=soon\n");
        assertThat(clock.instant()).isEqualTo(REAL.plusSeconds(60));
    }

    @Test
    void onlyTheLocalProfileGetsTheSettableClock() {
        Optional<Path> file = Optional.of(dir.resolve("clock"));
        assertThat(KitClock.select(List.of("prod", "local"), file)).isInstanceOf(LocalStackClock.class);
        assertThat(KitClock.select(List.of("prod"), file)).isEqualTo(Clock.systemUTC());
        assertThat(KitClock.select(List.of("test"), file)).isEqualTo(Clock.systemUTC());
        assertThat(KitClock.select(List.of("prod", "local"), Optional.empty())).isEqualTo(Clock.systemUTC());
    }
}
