package care.unknot.kit.outbox;

import java.time.Duration;

import org.eclipse.microprofile.config.Config;

/**
 * The outbox producer's {@code delivery.timeout.ms}: how long Kafka's producer may go on trying a record after it
 * was handed over. It must not exceed the relay's publish timeout, else a record the relay counted as failed (and
 * will publish again) could still reach the broker afterwards.
 */
public final class ProducerDeliveryTimeout {

    public static final String KEY = "mp.messaging.outgoing." + OutboxPublisher.CHANNEL + ".delivery.timeout.ms";
    /** Kafka's own default, used when the key is not set. */
    static final Duration KAFKA_DEFAULT = Duration.ofMinutes(2);

    private ProducerDeliveryTimeout() {
    }

    public static Duration of(Config config) {
        return config.getOptionalValue(KEY, Long.class).map(Duration::ofMillis).orElse(KAFKA_DEFAULT);
    }

    /** Fails (at start-up) when the producer may deliver later than the relay waits. */
    public static Duration requireWithin(Duration deliveryTimeout, Duration publishTimeout) {
        if (deliveryTimeout.compareTo(publishTimeout) > 0) {
            throw new IllegalStateException(KEY + " (" + deliveryTimeout.toMillis() + " ms) must not be longer than "
                    + "unknot.outbox.publish-timeout (" + publishTimeout.toMillis() + " ms): records the relay gave "
                    + "up on would be delivered later and then published again");
        }
        return deliveryTimeout;
    }
}
