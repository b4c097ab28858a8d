package care.unknot.local.quarkus;

import java.util.Map;

import care.unknot.local.LocalKafka;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Points the application at this JVM's Kafka broker ({@link LocalKafka#shared()}): sets
 * {@code kafka.bootstrap.servers}. {@link #stop()} leaves the broker running for the next test class; it stops at
 * JVM exit.
 */
public class KafkaTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("kafka.bootstrap.servers", LocalKafka.shared().bootstrapServers());
    }

    @Override
    public void stop() {
        // shared per JVM: the shutdown hook stops it
    }
}
