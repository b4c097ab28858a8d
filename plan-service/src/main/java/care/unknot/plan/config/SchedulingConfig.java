package care.unknot.plan.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * plan-core's jobs (the clinical numbers of sessions are {@link PlanRulesConfig}'s): the licence-expiry job that moves
 * an expired therapist's future sessions to NEEDS_REASSIGNMENT (domain.md 2.7).
 */
@ConfigMapping(prefix = "unknot.sessions")
public interface SchedulingConfig {

    /** How often the job claims licences that expired; a run costs the expiries due, not the roster. */
    @WithDefault("1m")
    Duration licenceExpiryInterval();

    /** Expired licences claimed per transaction. */
    @WithDefault("20")
    int licenceExpiryBatch();
}
