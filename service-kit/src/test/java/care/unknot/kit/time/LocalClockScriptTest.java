package care.unknot.kit.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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
 * In the profile {@code local}, the kit's clock is the file {@code ./unknot clock} writes: a service sees a move
 * at its next reading and its jobs are told (ClockMoved) soon after.
 */
@QuarkusTest
@TestProfile(LocalClockScriptTest.LocalProfile.class)
class LocalClockScriptTest {

    // a fixed path: the profile and the test instance are loaded by different class loaders
    static final Path STATE = Path.of("target", "unknot-clock-test").toAbsolutePath();

    public static class LocalProfile implements QuarkusTestProfile {
        @Override
        public String getConfigProfile() {
            return "test,local";
        }

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
    void advanceAndSetMoveTheServiceClockAtOnceAndTellTheJobs() throws Exception {
        Files.deleteIfExists(STATE.resolve("clock"));
        assertThat(clock).isInstanceOf(LocalStackClock.class);
        assertThat(Duration.between(Instant.now(), clock.instant()).abs()).isLessThan(Duration.ofSeconds(5));

        unknot("clock", "advance", "7d");
        assertThat(Duration.between(Instant.now().plus(Duration.ofDays(7)), clock.instant()).abs())
                .isLessThan(Duration.ofSeconds(5));
        Instant advanced = clock.instant();
        await().atMost(Duration.ofSeconds(10)).until(() -> moves.last() != null
                && !moves.last().isBefore(advanced.minusSeconds(1)));

        unknot("clock", "set", "2026-01-05T08:00Z");
        Instant set = clock.instant();
        assertThat(set).isBetween(Instant.parse("2026-01-05T08:00:00Z"), Instant.parse("2026-01-05T08:00:30Z"));
        assertThat(unknot("clock", "now")).startsWith("2026-01-05T08:00");
        await().atMost(Duration.ofSeconds(10)).until(() -> moves.last() != null && moves.last().isBefore(advanced));
    }

    static String unknot(String... args) throws Exception {
        return UnknotScript.run(STATE, args).out();
    }
}
