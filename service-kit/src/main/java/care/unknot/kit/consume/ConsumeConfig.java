package care.unknot.kit.consume;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Retry in place of transient failures ({@link EventConsumer}). */
@ConfigMapping(prefix = "unknot.consume")
public interface ConsumeConfig {

    /** The first wait after a transient failure; doubled after each further one. */
    @WithDefault("200ms")
    Duration retryInitial();

    /** The longest wait between two attempts; the event is retried until it succeeds or turns out poison. */
    @WithDefault("30s")
    Duration retryMax();
}
