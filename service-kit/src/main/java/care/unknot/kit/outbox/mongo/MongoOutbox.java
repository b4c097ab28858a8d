package care.unknot.kit.outbox.mongo;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.json.PayloadJson;

/**
 * The MongoDB outbox: an event is a sub-document the writer {@code $push}es into the written document's
 * {@value #FIELD} array in the same single-document write (atomic without transactions), together with the
 * document's due time {@value #LEASE_FIELD} (indexed): the relay finds pending work by that index instead of
 * scanning, publishes after the write and {@code $pull}s each event once the broker acknowledged. Write events
 * with {@link #updateOne} or {@link #insertOne}: the business change and its events in one single-document write,
 * then the relay woken (one call, so the wake-up cannot be forgotten and the event leaves within milliseconds, not
 * at the next poll).
 *
 * <pre>{@code
 * Document event = outbox.pending("Patient", patientId.toString(), EventTypes.DIARY_ENTRY_RECORDED, payload);
 * boolean written = outbox.updateOne(patients, and(eq("_id", id), eq("rev", rev)), set(...), List.of(event))
 *         .getModifiedCount() == 1;
 * }</pre>
 *
 * One document's events are published in array order; events of one key in different documents are not ordered
 * against each other (two relays may publish the two documents at once), so keep a key's events in one document.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoOutbox {

    /** The array of pending events inside a document. */
    public static final String FIELD = "_outbox";
    /**
     * When the document's pending events are due: the write time of the first pending event, or, while a relay
     * holds them, the end of its lease. Absent when nothing is pending. Indexed (sparse) by the relay.
     */
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

    /**
     * The update that appends {@code events} to a document and marks it due (now, unless a relay holds it:
     * then it becomes due again when that relay releases it). An empty list changes nothing.
     */
    public static Bson push(List<Document> events) {
        if (events.isEmpty()) {
            return Updates.combine(List.of());
        }
        // wall-clock time like the relay's (not the injected Clock, which tests move)
        // $max: a lease in the future (a relay publishing this document) is kept; missing or past becomes now
        return Updates.combine(Updates.pushEach(FIELD, events), Updates.max(LEASE_FIELD, new Date()));
    }

    /** {@code document} (to insert) with {@code events} pending and due now. */
    public static Document withEvents(Document document, List<Document> events) {
        if (!events.isEmpty()) {
            document.append(FIELD, events).append(LEASE_FIELD, new Date());
        }
        return document;
    }

    /**
     * Applies {@code change} and appends {@code events} to the document {@code filter} matches, in one
     * {@code updateOne}; when it modified the document and there were events, wakes the relay. The driver's result.
     */
    public UpdateResult updateOne(MongoCollection<Document> collection, Bson filter, Bson change,
            List<Document> events) {
        UpdateResult result = collection.updateOne(filter,
                events.isEmpty() ? change : Updates.combine(change, push(events)));
        if (!events.isEmpty() && result.getModifiedCount() > 0) {
            nudge();
        }
        return result;
    }

    /** Inserts {@code document} with {@code events} pending and wakes the relay when there are events. */
    public void insertOne(MongoCollection<Document> collection, Document document, List<Document> events) {
        collection.insertOne(withEvents(document, events));
        if (!events.isEmpty()) {
            nudge();
        }
    }

    /** Wakes the relay; {@link #updateOne} and {@link #insertOne} call it (only for writes made without them). */
    public void nudge() {
        relay.nudge();
    }
}
