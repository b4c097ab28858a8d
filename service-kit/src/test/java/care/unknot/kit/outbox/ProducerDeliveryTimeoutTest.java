package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProducerDeliveryTimeoutTest {

    @Test
    void aProducerThatMayDeliverAfterTheRelayGaveUpIsRefusedAtStartUp() {
        assertThatThrownBy(() -> ProducerDeliveryTimeout.requireWithin(ProducerDeliveryTimeout.KAFKA_DEFAULT,
                Duration.ofSeconds(30)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ProducerDeliveryTimeout.KEY)
                .hasMessageContaining("unknot.outbox.publish-timeout");
    }

    @Test
    void aDeliveryTimeoutWithinThePublishTimeoutPasses() {
        assertThat(ProducerDeliveryTimeout.requireWithin(Duration.ofSeconds(25), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(25));
        assertThat(ProducerDeliveryTimeout.requireWithin(Duration.ofSeconds(30), Duration.ofSeconds(30)))
                .isEqualTo(Duration.ofSeconds(30));
    }
}
