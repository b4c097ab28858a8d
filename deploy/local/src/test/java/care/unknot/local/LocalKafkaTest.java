package care.unknot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalKafkaTest {

    @Test
    void sharedBrokerIsStartedOnceAndListensOnLoopback() {
        LocalKafka kafka = LocalKafka.shared();

        assertThat(LocalKafka.shared()).isSameAs(kafka);
        assertThat(kafka.bootstrapServers()).startsWith("127.0.0.1:");
        System.out.printf("[timing] Kafka broker (KRaft, in JVM) ready in %d ms%n", kafka.startupTime().toMillis());
    }

    @Test
    void aProducedRecordIsConsumedThroughTheBroker() throws Exception {
        String bootstrap = LocalKafka.shared().bootstrapServers();
        String topic = "local-kafka-test-" + UUID.randomUUID();

        assertThat(produce(bootstrap, topic).topic()).isEqualTo(topic);

        List<ConsumerRecord<String, String>> received = consume(bootstrap, topic);

        assertThat(received).singleElement().satisfies(record -> {
            assertThat(record.key()).isEqualTo("patient-1");
            assertThat(record.value()).isEqualTo("{\"hello\":\"kafka\"}");
        });
    }

    @Test
    void persistentBrokerKeepsRecordsAcrossRestarts(@TempDir Path dir) throws Exception {
        Path logDir = dir.resolve("kafka");
        String topic = "kept";
        try (LocalKafka first = LocalKafka.start(logDir, 0)) {
            produce(first.bootstrapServers(), topic);
        }

        try (LocalKafka second = LocalKafka.start(logDir, 0)) {
            System.out.printf("[timing] Kafka persistent broker restart ready in %d ms%n",
                    second.startupTime().toMillis());
            assertThat(consume(second.bootstrapServers(), topic)).singleElement()
                    .satisfies(record -> assertThat(record.key()).isEqualTo("patient-1"));
        }
        assertThat(Files.exists(logDir.resolve("meta.properties"))).isTrue();
    }

    private static RecordMetadata produce(String bootstrap, String topic) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            return producer.send(new ProducerRecord<>(topic, "patient-1", "{\"hello\":\"kafka\"}")).get();
        }
    }

    private static List<ConsumerRecord<String, String>> consume(String bootstrap, String topic) {
        List<ConsumerRecord<String, String>> received = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "group-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            long begin = System.nanoTime();
            while (received.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(received::add);
            }
            System.out.printf("[timing] a new consumer group received the record after %d ms%n",
                    Duration.ofNanos(System.nanoTime() - begin).toMillis());
        }
        return received;
    }
}
