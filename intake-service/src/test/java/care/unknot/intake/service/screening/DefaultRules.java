package care.unknot.intake.service.screening;

import care.unknot.intake.config.IntakeRules;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The rules config with domain.md's defaults, built by SmallRye Config without Quarkus. */
public final class DefaultRules {

    private DefaultRules() {
    }

    public static IntakeRules get() {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(IntakeRules.class).build();
        return config.getConfigMapping(IntakeRules.class);
    }
}
