package care.unknot.diary.domain;

import care.unknot.diary.config.DiaryConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The real @ConfigMapping with its defaults, built without Quarkus: unit tests use domain.md's numbers too. */
public final class TestRules {

    private static final DiaryConfig DEFAULTS = new SmallRyeConfigBuilder()
            .withMapping(DiaryConfig.class)
            .build()
            .getConfigMapping(DiaryConfig.class);

    private TestRules() {
    }

    public static DiaryConfig defaults() {
        return DEFAULTS;
    }
}
