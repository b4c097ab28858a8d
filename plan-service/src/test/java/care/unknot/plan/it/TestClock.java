package care.unknot.plan.it;

import care.unknot.kit.time.MutableClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;

/**
 * The clock plan-service's tests control (replaces the kit's UTC clock). An alternative with a priority, so another
 * test clock producer in the module cannot make the Clock ambiguous.
 */
@Singleton
public class TestClock {

    @Produces
    @Singleton
    @Alternative
    @Priority(10)
    static final MutableClock CLOCK = MutableClock.at(Instant.parse("2026-03-02T08:00:00Z"));
}
