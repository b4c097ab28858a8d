package care.unknot.kit.time;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The local stack's settable clock ({@link LocalStackClock}). Honoured only when the profile {@value KitClock#LOCAL_PROFILE}
 * is active ({@code ./unknot up} runs the services with {@code QUARKUS_PROFILE=prod,local}); in any other profile
 * the kit's clock is the system clock whatever these say.
 */
@ConfigMapping(prefix = "unknot.clock")
public interface ClockConfig {

    /** The clock file {@code ./unknot clock} writes ({@code UNKNOT_CLOCK_FILE}, set by the local stack). */
    Optional<Path> file();

    /** How often the file is checked to fire {@link ClockMoved} (readings check it themselves, every time). */
    @WithDefault("250ms")
    Duration watchInterval();
}
