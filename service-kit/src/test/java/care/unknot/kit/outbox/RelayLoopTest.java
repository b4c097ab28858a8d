package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import org.junit.jupiter.api.Test;

class RelayLoopTest {

    private static final int BATCH = 10;

    private static OutboxConfig config() {
        return new OutboxConfig() {
            public String source() {
                return "/test";
            }

            public Duration pollInterval() {
                return Duration.ofMillis(200);
            }

            public int batchSize() {
                return BATCH;
            }

            public boolean relayEnabled() {
                return true;
            }

            public Duration retryInitial() {
                return Duration.ofMillis(50);
            }

            public Duration retryMax() {
                return Duration.ofMillis(100);
            }

            public Duration publishTimeout() {
                return Duration.ofSeconds(1);
            }

            public int maxAttempts() {
                return 3;
            }

            public Mongo mongo() {
                return null;
            }
        };
    }

    private static RelayLoop loop(AtomicInteger rounds, IntFunction<RelayRound> round) {
        return new RelayLoop("relay-loop-test", config()) {
            @Override
            public RelayRound relayOnce() {
                return round.apply(rounds.incrementAndGet());
            }
        };
    }

    @Test
    void aFullBatchThatPublishedNothingWaitsForTheNextPollInsteadOfSpinning() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        // every row claimed is another relay's key: blocked, nothing sent
        RelayLoop relay = loop(rounds, n -> new RelayRound(BATCH, 0, 0));
        relay.start();
        Thread.sleep(500);
        relay.stop();
        assertThat(rounds.get()).isLessThanOrEqualTo(5);
    }

    @Test
    void aFullBatchThatPublishedRunsTheNextRoundAtOnce() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        RelayLoop relay = loop(rounds, n -> n <= 20 ? new RelayRound(BATCH, BATCH, 0) : RelayRound.EMPTY);
        relay.start();
        Thread.sleep(150);
        relay.stop();
        assertThat(rounds.get()).isGreaterThan(20);
    }

    @Test
    void theRelayThreadSurvivesAnErrorInARound() throws Exception {
        AtomicInteger rounds = new AtomicInteger();
        RelayLoop relay = loop(rounds, n -> {
            if (n == 1) {
                throw new NoClassDefFoundError("simulated");
            }
            return new RelayRound(1, 1, 0);
        });
        relay.start();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> rounds.get() >= 3);
        assertThat(relay.isRunning()).isTrue();
        relay.stop();
    }
}
