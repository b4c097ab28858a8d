package care.unknot.notification.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final List<Duration> SCHEDULE = List.of(Duration.ZERO, Duration.ofSeconds(5), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10),
            Duration.ofHours(14), Duration.ofHours(20), Duration.ofHours(24));

    @Test
    void followsTheScheduleAndEndsAfterTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0.1, Duration.ofHours(24), () -> 0.0);

        assertThat(policy.nextDelay(1, Optional.empty())).contains(Duration.ofSeconds(5));
        assertThat(policy.nextDelay(2, Optional.empty())).contains(Duration.ofMinutes(5));
        assertThat(policy.nextDelay(9, Optional.empty())).contains(Duration.ofHours(24));
        assertThat(policy.nextDelay(10, Optional.empty())).isEmpty();
        assertThat(policy.maxAttempts()).isEqualTo(10);
    }

    @Test
    void jitterStretchesEachDelayByUpToItsFraction() {
        RetryPolicy atMost = new RetryPolicy(SCHEDULE, 0.1, Duration.ofHours(24), () -> 1.0);
        RetryPolicy half = new RetryPolicy(SCHEDULE, 0.1, Duration.ofHours(24), () -> 0.5);

        assertThat(atMost.nextDelay(4, Optional.empty())).contains(Duration.ofMinutes(132));
        assertThat(half.nextDelay(2, Optional.empty())).contains(Duration.ofSeconds(315));
    }

    @Test
    void retryAfterReplacesTheScheduleUpToItsCapButNotTheLastAttempt() {
        RetryPolicy policy = new RetryPolicy(SCHEDULE, 0.1, Duration.ofHours(1), () -> 1.0);

        assertThat(policy.nextDelay(1, Optional.of(Duration.ofSeconds(120)))).contains(Duration.ofSeconds(120));
        assertThat(policy.nextDelay(1, Optional.of(Duration.ofDays(3)))).contains(Duration.ofHours(1));
        assertThat(policy.nextDelay(10, Optional.of(Duration.ofSeconds(1)))).isEmpty();
    }
}
