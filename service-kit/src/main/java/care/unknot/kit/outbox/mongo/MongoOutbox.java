package care.unknot.kit.outbox.mongo;

import java.time.Clock;
import java.util.Date;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.json.PayloadJson;

/**
 * The MongoDB outbox: an event is a sub-document the writer {@code $push}es into the written document's
 * {@value #FIELD} array in the same single-document write (atomic without transactions). The relay publishes it
 * after the write and {@code $pull}s it once the broker acknowledged.
 *
 * <pre>{@code
 * Document event = outbox.pending("DiaryEntry", patientId.toString(), EventTypes.DIARY_ENTRY_RECORDED, payload);
 * entries.updateOne(eq("_id", id), combine(set(...), push(MongoOutbox.FIELD, event)), upsert);
 * outbox.nudge();
 * }</pre>
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoOutbox {

    /** The array of pending events inside a document. */
    public static final String FIELD = "_outbox";
    /** Until when a relay owns the document's pending events. */
    public static final String LEASE_FIELD = "_outboxLease";
    /** Which relay holds the lease. */
    public static final String LEASE_OWNER_FIELD = "_outboxLeaseOwner";

    static final String ID = "id";
    static final String AGGREGATE_TYPE = "aggregatetype";
    static final String AGGREGATE_ID = "aggregateid";
    static final String TYPE = "type";
    static final String TIMESTAMP = "timestamp";
    static final String PAYLOAD = "payload";

    private final Clock clock;
    private final MongoOutboxRelay relay;

    @Inject
    public MongoOutbox(Clock clock, MongoOutboxRelay relay) {
        this.clock = clock;
        this.relay = relay;
    }

    /**
     * The event as a sub-document for {@value #FIELD}. Its {@code id} string is the {@code ce_id}. The payload is
     * kept as JSON text so the published bytes are exactly what the shared event mapping wrote.
     */
    public Document pending(String aggregateType, String aggregateId, String type, Object payload) {
        if (aggregateType == null || aggregateId == null || type == null || payload == null) {
            throw new IllegalArgumentException("aggregateType, aggregateId, type and payload are required");
        }
        return new Document(ID, UUID.randomUUID().toString())
                .append(AGGREGATE_TYPE, aggregateType)
                .append(AGGREGATE_ID, aggregateId)
                .append(TYPE, type)
                .append(TIMESTAMP, Date.from(clock.instant()))
                .append(PAYLOAD, PayloadJson.write(payload));
    }

    /** Wakes the relay; call right after the write that pushed events. */
    public void nudge() {
        relay.nudge();
    }
}
