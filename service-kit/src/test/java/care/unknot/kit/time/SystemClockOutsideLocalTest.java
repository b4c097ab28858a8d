package care.unknot.kit.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import care.unknot.kit.UnknotScript;
import care.unknot.kit.testapp.ClockMovedLedger;

/**
 * Outside the profile {@code local} (here {@code test}; {@code prod} takes the same path) a configured clock file
 * changes nothing: the kit's clock is the system clock and no job is told of a move.
 */
@QuarkusTest
@TestProfile(SystemClockOutsideLocalTest.FileButNoLocalProfile.class)
class SystemClockOutsideLocalTest {

    static final Path STATE = Path.of("target", "unknot-clock-test-not-local").toAbsolutePath();

    public static class FileButNoLocalProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unknot.clock.file", STATE.resolve("clock").toString(),
                    "unknot.clock.watch-interval", "50ms");
        }
    }

    @Inject
    Clock clock;

    @Inject
    ClockMovedLedger moves;

    @Test
    void aClockFileOutsideTheLocalProfileIsIgnored() throws Exception {
        UnknotScript.run(STATE, "clock", "advance", "30d");
        assertThat(Files.exists(STATE.resolve("clock"))).isTrue();

        assertThat(clock).isNotInstanceOf(LocalStackClock.class);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));
        Thread.sleep(300); // several watch intervals: nothing watches
        assertThat(moves.last()).isNull();
    }
}
