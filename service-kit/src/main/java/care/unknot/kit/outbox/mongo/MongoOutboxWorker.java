package care.unknot.kit.outbox.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.pullByFilter;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.unset;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.WriteModel;

import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxEvent;
import care.unknot.kit.outbox.OutboxPublisher;
import care.unknot.kit.outbox.PublishOutcome;
import care.unknot.kit.outbox.RelayLoop;
import care.unknot.kit.outbox.RelayRound;

/**
 * One MongoDB relay. Per round and collection it leases a batch of due documents (query shape
 * {@code {_outboxLease: {$lte: now}}} sorted by {@code _outboxLease}, served by the sparse index
 * {@value #DUE_INDEX}; one {@code find}, one {@code updateMany}, one {@code find} by {@code _id}), publishes all
 * their events at once (keys in parallel, the events of one key one after another in document and array order),
 * waits for the acks and releases the batch in one {@code bulkWrite}: acknowledged events are {@code $pull}ed, a
 * fully published document leaves the index (or is due again at once when events arrived meanwhile). A document
 * with an event the broker did not take keeps its lease until it expires: its back-off. A relay that dies keeps
 * nothing: its lease runs out and another relay publishes the events again (at-least-once). Only
 * single-document operations, so it runs on MongoDB and on mongo-java-server alike.
 */
public class MongoOutboxWorker extends RelayLoop {

    /** Name of the due-time index the relay creates on every outbox collection. */
    public static final String DUE_INDEX = "outbox_due";

    private static final Logger LOG = Logger.getLogger(MongoOutboxWorker.class);
    private static final String FIRST_PENDING = MongoOutbox.FIELD + ".0";

    private final MongoDatabase database;
    private final List<String> collections;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;

    public MongoOutboxWorker(String name, MongoDatabase database, List<String> collections,
            OutboxPublisher publisher, OutboxConfig config) {
        super(name, config);
        this.database = database;
        this.collections = List.copyOf(collections);
        this.publisher = publisher;
        this.config = config;
    }

    /**
     * Creates the due-time index and marks due any document with pending events but no due time (written before
     * the index existed, or without {@link MongoOutbox#push}). Idempotent; called once per relay start.
     */
    public void prepare() {
        for (String name : collections) {
            MongoCollection<Document> collection = database.getCollection(name);
            collection.createIndex(Indexes.ascending(MongoOutbox.LEASE_FIELD),
                    new IndexOptions().name(DUE_INDEX).sparse(true));
            collection.updateMany(and(exists(FIRST_PENDING), exists(MongoOutbox.LEASE_FIELD, false)),
                    set(MongoOutbox.LEASE_FIELD, new Date()));
        }
    }

    @Override
    public RelayRound relayOnce() {
        int claimed = 0;
        int sent = 0;
        int failed = 0;
        for (String name : collections) {
            MongoCollection<Document> collection = database.getCollection(name);
            List<Document> leased = lease(collection);
            if (leased.isEmpty()) {
                continue;
            }
            Map<String, Object> documentOf = new HashMap<>();
            List<OutboxEvent> batch = new ArrayList<>();
            for (Document document : leased) {
                for (OutboxEvent event : events(document)) {
                    documentOf.put(event.id().toString(), document.get("_id"));
                    batch.add(event);
                }
            }
            claimed += batch.size();
            PublishOutcome<OutboxEvent> outcome = PublishOutcome.publish(batch, OutboxEvent::aggregateId,
                    publisher::publish, publishWait());
            Map<Object, List<OutboxEvent>> ackedByDocument = outcome.acked().stream()
                    .collect(Collectors.groupingBy(e -> documentOf.get(e.id().toString())));
            ackedByDocument.forEach((id, acked) -> afterPublish(name, id, acked));
            Set<Object> withFailures = outcome.failed().stream().map(e -> documentOf.get(e.id().toString()))
                    .collect(Collectors.toSet());
            release(collection, leased, ackedByDocument, withFailures);
            sent += outcome.acked().size();
            failed += outcome.failed().size();
            LOG.debugf("%s published %d event(s) of %d document(s) of %s", name(), outcome.acked().size(),
                    leased.size(), name);
        }
        return new RelayRound(claimed, sent, failed);
    }

    /**
     * How long to wait for a batch's acks: the publish timeout, but at most half the lease, so the lease is still
     * ours when we pull and release (otherwise a second relay would take the documents over and publish the same
     * events while we are still waiting for them).
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

    /**
     * Up to a batch of due documents, oldest due first, leased to this round: candidates from the index, then one
     * {@code updateMany} that takes those still due (another relay may have taken some), then the ones taken, read
     * by {@code _id} and this round's lease token.
     */
    private List<Document> lease(MongoCollection<Document> collection) {
        Date now = new Date();
        Bson due = lte(MongoOutbox.LEASE_FIELD, now);
        List<Object> candidates = collection.find(due).sort(Sorts.ascending(MongoOutbox.LEASE_FIELD))
                .limit(config.batchSize()).projection(Projections.include("_id"))
                .map(d -> d.get("_id")).into(new ArrayList<>());
        if (candidates.isEmpty()) {
            return List.of();
        }
        String token = UUID.randomUUID().toString();
        Date until = new Date(now.getTime() + config.mongo().lease().toMillis());
        collection.updateMany(and(in("_id", candidates), due),
                combine(set(MongoOutbox.LEASE_FIELD, until), set(MongoOutbox.LEASE_OWNER_FIELD, token)));
        List<Document> leased = collection.find(and(in("_id", candidates), eq(MongoOutbox.LEASE_OWNER_FIELD, token)))
                .projection(Projections.include(MongoOutbox.FIELD, MongoOutbox.LEASE_OWNER_FIELD))
                .into(new ArrayList<>());
        // the order the index gave (oldest due first): a key's events in two documents go out in that order
        Map<Object, Integer> rank = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            rank.put(candidates.get(i), i);
        }
        leased.sort((a, b) -> Integer.compare(rank.get(a.get("_id")), rank.get(b.get("_id"))));
        return leased;
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
     * One ordered {@code bulkWrite} for the batch. Per document: pull the acknowledged events (whoever holds the
     * lease now: they are on the broker); when all of its events went out, leave the index if nothing is pending
     * any more, else (events pushed meanwhile) become due at once. A document with a failed event keeps its lease
     * until it expires, its own back-off, so the next rounds go on with the other documents.
     */
    private void release(MongoCollection<Document> collection, List<Document> leased,
            Map<Object, List<OutboxEvent>> ackedByDocument, Set<Object> withFailures) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (Document document : leased) {
            Object id = document.get("_id");
            List<OutboxEvent> acked = ackedByDocument.getOrDefault(id, List.of());
            if (!acked.isEmpty()) {
                List<String> ids = acked.stream().map(e -> e.id().toString()).toList();
                writes.add(new UpdateOneModel<>(eq("_id", id), pullByFilter(new Document(MongoOutbox.FIELD,
                        new Document(MongoOutbox.ID, new Document("$in", ids))))));
            }
            if (!withFailures.contains(id)) {
                Bson ours = and(eq("_id", id), eq(MongoOutbox.LEASE_OWNER_FIELD,
                        document.getString(MongoOutbox.LEASE_OWNER_FIELD)));
                writes.add(new UpdateOneModel<>(and(ours, exists(FIRST_PENDING, false)),
                        combine(unset(MongoOutbox.LEASE_FIELD), unset(MongoOutbox.LEASE_OWNER_FIELD))));
                // only matches when the one before did not: events arrived while we published
                writes.add(new UpdateOneModel<>(ours,
                        combine(set(MongoOutbox.LEASE_FIELD, new Date()), unset(MongoOutbox.LEASE_OWNER_FIELD))));
            }
        }
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes);
        }
    }
}
