package care.unknot.kit.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One event as the relays publish it: {@code id} is {@code ce_id}, {@code type} is {@code ce_type},
 * {@code aggregateId} is the Kafka key and {@code ce_subject}, {@code payload} the JSON value.
 */
public record OutboxEvent(UUID id, String aggregateType, String aggregateId, String type, Instant timestamp,
        String payload) {
}
