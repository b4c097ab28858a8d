package care.unknot.kit.consume;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Re-publishes dead letters to the topic they came from, once the consumer is fixed. Key, value and the
 * {@code ce_*} headers are copied unchanged (same {@code ce_id}, so a consumer that did process the event
 * skips it); the connector's {@code dead-letter-*} headers are dropped. A service's dead-letter topic collects
 * the failures of all its incoming channels, so only the dead letters whose {@code dead-letter-topic} header
 * names the origin topic are copied; the others are left for their own replay. Progress is committed in the
 * group {@code <dlq>.replay.<origin topic>}, so a second run replays only newer dead letters.
 *
 * <pre>
 * java -cp service-kit.jar:kafka-clients.jar care.unknot.kit.consume.DeadLetterReplay \
 *      localhost:9092 plan-service.dlq intake.events
 * </pre>
 */
public final class DeadLetterReplay {

    private static final String DEAD_LETTER_HEADER_PREFIX = "dead-letter-";
    /** Set by SmallRye's dead-letter-queue strategy: the topic the failed record was consumed from. */
    static final String ORIGIN_TOPIC_HEADER = "dead-letter-topic";

    private DeadLetterReplay() {
    }

    public static void main(String[] args) {
        if (args.length != 3 && args.length != 4) {
            System.err.println("usage: DeadLetterReplay <bootstrap-servers> <dlq-topic> <origin-topic> [<target-topic>]");
            System.exit(2);
        }
        String target = args.length == 4 ? args[3] : args[2];
        int replayed = replay(args[0], args[1], args[2], target, Duration.ofSeconds(5));
        System.out.println("replayed " + replayed + " dead letter(s) of " + args[2] + " from " + args[1] + " to "
                + target);
    }

    /**
     * Waits for the broker's ack of every copy of a poll; one that failed stops the replay before the commit, so
     * its dead letters stay unreplayed (the next run copies them again; the consumers skip the ones that did
     * arrive, by {@code ce_id}).
     */
    private static void awaitAcks(List<Future<RecordMetadata>> sends, String targetTopic) {
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("a dead letter could not be re-sent to " + targetTopic
                        + "; nothing of this batch is committed as replayed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while re-sending dead letters", e);
            }
        }
    }

    /**
     * Copies the dead letters consumed from {@code targetTopic} back to it; stops after {@code idle} without new
     * records.
     */
    public static int replay(String bootstrapServers, String dlqTopic, String targetTopic, Duration idle) {
        return replay(bootstrapServers, dlqTopic, targetTopic, targetTopic, idle);
    }

    /**
     * Copies the dead letters consumed from {@code originTopic} (header {@value #ORIGIN_TOPIC_HEADER}) and not
     * replayed yet to {@code targetTopic}; stops after {@code idle} without new records. Progress is committed
     * only after the broker acknowledged every copy.
     *
     * @throws IllegalStateException when a copy was not acknowledged (its batch stays unreplayed)
     */
    public static int replay(String bootstrapServers, String dlqTopic, String originTopic, String targetTopic,
            Duration idle) {
        Properties consumerProps = new Properties();
        consumerProps.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerProps.put(ConsumerConfig.GROUP_ID_CONFIG, dlqTopic + ".replay." + originTopic);
        consumerProps.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerProps.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumerProps.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        consumerProps.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        Properties producerProps = new Properties();
        producerProps.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerProps.put(ProducerConfig.ACKS_CONFIG, "all");
        producerProps.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        producerProps.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        producerProps.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        int replayed = 0;
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProps);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps)) {
            consumer.subscribe(List.of(dlqTopic));
            while (true) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(idle);
                if (records.isEmpty()) {
                    return replayed;
                }
                List<Future<RecordMetadata>> sends = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    Header origin = record.headers().lastHeader(ORIGIN_TOPIC_HEADER);
                    if (origin == null || !originTopic.equals(new String(origin.value(), StandardCharsets.UTF_8))) {
                        continue; // another channel's dead letter
                    }
                    ProducerRecord<byte[], byte[]> copy = new ProducerRecord<>(targetTopic, record.key(),
                            record.value());
                    for (Header header : record.headers()) {
                        if (!header.key().startsWith(DEAD_LETTER_HEADER_PREFIX)) {
                            copy.headers().add(header);
                        }
                    }
                    sends.add(producer.send(copy));
                }
                producer.flush();
                awaitAcks(sends, targetTopic);
                replayed += sends.size();
                consumer.commitSync();
            }
        }
    }
}
