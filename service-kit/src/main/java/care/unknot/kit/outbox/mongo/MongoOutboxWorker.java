package care.unknot.kit.outbox.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pullByFilter;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;

import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxEvent;
import care.unknot.kit.outbox.OutboxPublisher;
import care.unknot.kit.outbox.PublishOutcome;
import care.unknot.kit.outbox.RelayLoop;
import care.unknot.kit.outbox.RelayRound;

/**
 * One MongoDB relay. Per round and collection it leases documents that carry pending events (one
 * {@code findOneAndUpdate} each, setting {@value MongoOutbox#LEASE_FIELD} to now + lease), publishes their events
 * in array order, waits for the acks and {@code $pull}s the acknowledged ones. A relay that dies keeps nothing:
 * its lease runs out and another relay publishes the events again (at-least-once; consumers are idempotent).
 * Only single-document operations, so it runs on MongoDB and on mongo-java-server alike.
 */
public class MongoOutboxWorker extends RelayLoop {

    private static final Logger LOG = Logger.getLogger(MongoOutboxWorker.class);
    private static final String FIRST_PENDING = MongoOutbox.FIELD + ".0";

    private final MongoDatabase database;
    private final List<String> collections;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final String owner = UUID.randomUUID().toString();

    public MongoOutboxWorker(String name, MongoDatabase database, List<String> collections,
            OutboxPublisher publisher, OutboxConfig config) {
        super(name, config);
        this.database = database;
        this.collections = List.copyOf(collections);
        this.publisher = publisher;
        this.config = config;
    }

    @Override
    public RelayRound relayOnce() {
        int claimed = 0;
        int sent = 0;
        int failed = 0;
        for (String name : collections) {
            MongoCollection<Document> collection = database.getCollection(name);
            while (claimed < config.batchSize()) {
                Document leased = lease(collection);
                if (leased == null) {
                    break;
                }
                List<OutboxEvent> events = events(leased);
                claimed += events.size();
                // one document's events are one aggregate's ordered history: treated as one key
                PublishOutcome<OutboxEvent> outcome = PublishOutcome.publish(events, event -> "document",
                        publisher::publish, publishWait());
                afterPublish(name, leased.get("_id"), outcome.acked());
                release(collection, leased.get("_id"), outcome.acked(), outcome.failed().isEmpty());
                sent += outcome.acked().size();
                failed += outcome.failed().size();
                if (!outcome.failed().isEmpty()) {
                    return new RelayRound(claimed, sent, failed);
                }
            }
        }
        return new RelayRound(claimed, sent, failed);
    }

    /**
     * How long to wait for one document's acks: the publish timeout, but at most half the lease, so the lease
     * is still ours when we pull and release (otherwise a second relay would take the document over and publish
     * the same events while we are still waiting for them).
     */
    Duration publishWait() {
        Duration halfLease = config.mongo().lease().dividedBy(2);
        return config.publishTimeout().compareTo(halfLease) > 0 ? halfLease : config.publishTimeout();
    }

    /**
     * Called after the broker acknowledged and before the events are pulled: a hook for tests that simulate a
     * relay dying in that window. Does nothing by default.
     */
    protected void afterPublish(String collection, Object documentId, List<OutboxEvent> acked) {
    }

    private Document lease(MongoCollection<Document> collection) {
        Date now = new Date();
        Bson claimable = and(exists(FIRST_PENDING),
                or(exists(MongoOutbox.LEASE_FIELD, false), lt(MongoOutbox.LEASE_FIELD, now)));
        Bson take = combine(set(MongoOutbox.LEASE_FIELD, new Date(now.getTime() + config.mongo().lease().toMillis())),
                set(MongoOutbox.LEASE_OWNER_FIELD, owner));
        return collection.findOneAndUpdate(claimable, take, new FindOneAndUpdateOptions()
                .sort(Sorts.ascending(MongoOutbox.FIELD + "." + MongoOutbox.TIMESTAMP))
                .projection(Projections.include(MongoOutbox.FIELD))
                .returnDocument(ReturnDocument.AFTER));
    }

    private static List<OutboxEvent> events(Document document) {
        List<OutboxEvent> events = new ArrayList<>();
        for (Document pending : document.getList(MongoOutbox.FIELD, Document.class, List.of())) {
            events.add(new OutboxEvent(UUID.fromString(pending.getString(MongoOutbox.ID)),
                    pending.getString(MongoOutbox.AGGREGATE_TYPE), pending.getString(MongoOutbox.AGGREGATE_ID),
                    pending.getString(MongoOutbox.TYPE), pending.getDate(MongoOutbox.TIMESTAMP).toInstant(),
                    pending.getString(MongoOutbox.PAYLOAD)));
        }
        return events;
    }

    /**
     * Pulls the acknowledged events. The lease is cleared only when all went out: a document with an event the
     * broker did not take keeps its lease until it expires, its own back-off, so the next rounds go on with the
     * other documents instead of picking the oldest (failing) one again and again.
     */
    private void release(MongoCollection<Document> collection, Object id, List<OutboxEvent> acked,
            boolean allAcked) {
        if (!acked.isEmpty()) {
            List<String> ids = acked.stream().map(e -> e.id().toString()).toList();
            // pulled whoever holds the lease now: these ids are on the broker
            collection.updateOne(eq("_id", id), pullByFilter(new Document(MongoOutbox.FIELD,
                    new Document(MongoOutbox.ID, new Document("$in", ids)))));
        }
        if (allAcked) {
            collection.updateOne(and(eq("_id", id), eq(MongoOutbox.LEASE_OWNER_FIELD, owner)),
                    combine(unset(MongoOutbox.LEASE_FIELD), unset(MongoOutbox.LEASE_OWNER_FIELD)));
        }
        LOG.debugf("%s published %d event(s) of a document", name(), acked.size());
    }

}
