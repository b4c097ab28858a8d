package care.unknot.kit.outbox;

import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Publishers for relay tests: the real one, except for the events a function answers differently. */
final class TestPublishers {

    private TestPublishers() {
    }

    /** The broker never acknowledges events of {@code refusedType}; the others go to the real broker. */
    static OutboxPublisher refusing(OutboxPublisher real, OutboxConfig config, String refusedType) {
        return answering(real, config, event -> event.type().equals(refusedType)
                ? CompletableFuture.failedFuture(new IllegalStateException("no ack"))
                : null);
    }

    /** {@code answer} returns the ack future for an event, or null to send it to the real broker. */
    static OutboxPublisher answering(OutboxPublisher real, OutboxConfig config,
            Function<OutboxEvent, CompletableFuture<Void>> answer) {
        return new OutboxPublisher(null, config) {
            @Override
            public CompletableFuture<Void> publish(OutboxEvent event) {
                CompletableFuture<Void> answered = answer.apply(event);
                return answered != null ? answered : real.publish(event);
            }
        };
    }
}
