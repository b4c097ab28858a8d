package care.unknot.kit.consume.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The processed-event log for MongoDB consumers: one document per (consumer, event id) in
 * {@value #COLLECTION}, its {@code _id} being the unique key. MongoDB has no transaction here (and
 * mongo-java-server none at all), so pair it with an effect that is itself idempotent, or record the event id
 * inside the changed document; see docs/kit-api.md.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoProcessedEvents {

    public static final String COLLECTION = "processed_events";

    private final MongoCollection<Document> collection;
    private final Clock clock;
    private volatile boolean indexed;

    @Inject
    public MongoProcessedEvents(MongoClient client, Clock clock,
            @ConfigProperty(name = "quarkus.mongodb.database", defaultValue = "unknot") String database) {
        this.collection = client.getDatabase(database).getCollection(COLLECTION);
        this.clock = clock;
    }

    /** @return true the first time this consumer sees the event, false for a redelivery */
    public boolean firstDelivery(String consumer, String eventId) {
        if (consumer == null || consumer.isBlank() || eventId == null || eventId.isBlank()) {
            throw new IllegalArgumentException("consumer and eventId are required");
        }
        try {
            collection.insertOne(new Document("_id", key(consumer, eventId))
                    .append("consumer", consumer)
                    .append("eventId", eventId)
                    .append("processedAt", Date.from(clock.instant())));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Removes the record, for a handler whose effect failed after {@link #firstDelivery} said yes. */
    public void forget(String consumer, String eventId) {
        collection.deleteOne(eq("_id", key(consumer, eventId)));
    }

    /**
     * One purge batch (see {@code ProcessedEventsPurge}): deletes at most {@code limit} records processed before
     * {@code before}, by {@code _id}, so a replica purging the same records at once deletes nothing twice.
     */
    public int purgeBefore(Instant before, int limit) {
        ensurePurgeIndex();
        Bson old = lt("processedAt", Date.from(before));
        List<Object> ids = collection.find(old).projection(Projections.include("_id")).limit(limit)
                .map(document -> document.get("_id")).into(new ArrayList<>());
        if (ids.isEmpty()) {
            return 0;
        }
        collection.deleteMany(and(in("_id", ids), old));
        return ids.size();
    }

    private void ensurePurgeIndex() {
        if (!indexed) {
            collection.createIndex(Indexes.ascending("processedAt"));
            indexed = true;
        }
    }

    private static String key(String consumer, String eventId) {
        return consumer + "|" + eventId;
    }
}
