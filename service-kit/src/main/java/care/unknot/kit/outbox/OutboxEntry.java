package care.unknot.kit.outbox;

import care.unknot.events.EventPayload;

/** One event of a batch for {@link Outbox#appendAll}: the aggregate it is about (the Kafka key) and its payload. */
public record OutboxEntry(String aggregateId, EventPayload payload) {
}
