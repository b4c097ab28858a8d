package care.unknot.kit.time;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.nio.file.Path;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.arc.DefaultBean;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * The system clock in UTC, unless the application (or a test) provides its own {@link Clock} bean. In the local
 * stack only (profile {@value #LOCAL_PROFILE} active and {@code unknot.clock.file} set) it is the settable
 * {@link LocalStackClock}; no other profile can get it, so a production deployment runs on the system clock even
 * if the file were configured there (that is logged as a warning).
 */
@Singleton
public class KitClock {

    /** The profile {@code ./unknot up} adds to {@code prod}; nothing else activates it. */
    public static final String LOCAL_PROFILE = "local";

    private static final Logger LOG = Logger.getLogger(KitClock.class);

    @Produces
    @Singleton
    @DefaultBean
    Clock clock(ClockConfig config) {
        return select(ConfigUtils.getProfiles(), config.file());
    }

    /** The clock for these active profiles and configured clock file. */
    static Clock select(List<String> profiles, Optional<Path> file) {
        if (!profiles.contains(LOCAL_PROFILE)) {
            file.ifPresent(ignored -> LOG.warnf("unknot.clock.file is set but the profile '%s' is not active "
                    + "(profiles %s): the system clock is used", LOCAL_PROFILE, profiles));
            return Clock.systemUTC();
        }
        if (file.isEmpty()) {
            LOG.warnf("profile '%s' without unknot.clock.file: the system clock is used", LOCAL_PROFILE);
            return Clock.systemUTC();
        }
        LOG.infof("the local stack's settable clock, from %s", file.get());
        return LocalStackClock.of(file.get());
    }
}
