package care.unknot.kit.outbox;

import java.util.UUID;

import care.unknot.events.EventCatalog;
import care.unknot.events.EventPayload;

/**
 * The outbox of one aggregate whose write lock the current transaction holds: what {@link Outbox#lock} returns.
 * A write that appends events about an aggregate starts with {@code outbox.lock(type, id)} and appends through
 * the returned handle, so the lock cannot be forgotten.
 */
public final class AggregateOutbox {

    private final Outbox outbox;
    private final String aggregateType;
    private final String aggregateId;

    AggregateOutbox(Outbox outbox, String aggregateType, String aggregateId) {
        this.outbox = outbox;
        this.aggregateType = aggregateType;
        this.aggregateId = aggregateId;
    }

    public String aggregateId() {
        return aggregateId;
    }

    /** Appends the event; its {@code ce_type} is the payload record's catalog type. */
    public UUID append(EventPayload payload) {
        return outbox.append(aggregateType, aggregateId, EventCatalog.typeOf(payload), payload);
    }

    /** Appends an event of {@code type}; {@code payload} a record or JSON text. */
    public UUID append(String type, Object payload) {
        return outbox.append(aggregateType, aggregateId, type, payload);
    }
}
