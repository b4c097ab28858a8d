package care.unknot.notification.webhook.domain;

import care.unknot.notification.webhook.config.WebhookConfig;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a failed delivery is tried again (domain.md 4): the configured schedule (immediately, 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 14 h, 20 h, 24 h) stretched by jitter, or the endpoint's Retry-After; empty once the schedule is
 * used up (the delivery is dead).
 */
public final class RetryPolicy {

    private final List<Duration> schedule;
    private final double jitter;
    private final Duration maxRetryAfter;
    private final DoubleSupplier random;

    public RetryPolicy(List<Duration> schedule, double jitter, Duration maxRetryAfter, DoubleSupplier random) {
        this.schedule = List.copyOf(schedule);
        this.jitter = jitter;
        this.maxRetryAfter = maxRetryAfter;
        this.random = random;
    }

    public static RetryPolicy of(WebhookConfig config, DoubleSupplier random) {
        return new RetryPolicy(config.retrySchedule(), config.retryJitter(), config.maxRetryAfter(), random);
    }

    public int maxAttempts() {
        return schedule.size();
    }

    /**
     * The wait before the next attempt after {@code attemptsMade} attempts failed, or empty when that was the last.
     * A Retry-After the endpoint sent replaces the scheduled wait (capped at {@code max-retry-after}).
     */
    public Optional<Duration> nextDelay(int attemptsMade, Optional<Duration> retryAfter) {
        if (attemptsMade >= schedule.size()) {
            return Optional.empty();
        }
        if (retryAfter.isPresent()) {
            Duration asked = retryAfter.get();
            return Optional.of(asked.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : asked);
        }
        Duration base = schedule.get(attemptsMade);
        long stretch = (long) (base.toMillis() * jitter * random.getAsDouble());
        return Optional.of(base.plusMillis(stretch));
    }
}
