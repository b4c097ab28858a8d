package care.unknot.plan.service.rules;

import care.unknot.plan.config.PlanRulesConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The real @ConfigMapping with its defaults, built without Quarkus: unit tests use domain.md's numbers too. */
final class DefaultRules {

    private static final PlanRulesConfig DEFAULTS = new SmallRyeConfigBuilder()
            .withMapping(PlanRulesConfig.class)
            .build()
            .getConfigMapping(PlanRulesConfig.class);

    private DefaultRules() {
    }

    static PlanRulesConfig defaults() {
        return DEFAULTS;
    }
}
