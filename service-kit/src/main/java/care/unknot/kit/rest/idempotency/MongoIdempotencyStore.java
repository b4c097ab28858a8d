package care.unknot.kit.rest.idempotency;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.bson.Document;
import org.bson.conversions.Bson;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;

import io.quarkus.arc.properties.IfBuildProperty;

/** {@link IdempotencyStore} on the {@value #COLLECTION} collection; {@code _id} is (principal, key). */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoIdempotencyStore implements IdempotencyStore {

    public static final String COLLECTION = "idempotency_records";
    private static final Logger LOG = Logger.getLogger(MongoIdempotencyStore.class);

    private final MongoCollection<Document> records;
    private volatile boolean indexed;

    @Inject
    public MongoIdempotencyStore(MongoClient client,
            @ConfigProperty(name = "quarkus.mongodb.database", defaultValue = "unknot") String database) {
        this.records = client.getDatabase(database).getCollection(COLLECTION);
    }

    @Override
    public Begin begin(String principal, String key, String requestHash, Instant at, Instant expiresAt,
            Instant staleBefore) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS); // the claim, stored exactly (BSON dates are milliseconds)
        ensureTtlIndex();
        Document id = id(principal, key);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                records.insertOne(new Document("_id", id).append("requestHash", requestHash)
                        .append("createdAt", Date.from(now)).append("expiresAt", Date.from(expiresAt)));
                return new Started(now);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
            }
            Document existing = records.find(eq("_id", id)).first();
            if (existing == null) {
                continue;
            }
            if (!existing.getDate("expiresAt").toInstant().isAfter(now)) {
                records.deleteOne(and(eq("_id", id), lte("expiresAt", Date.from(now))));
                continue;
            }
            if (!requestHash.equals(existing.getString("requestHash"))) {
                return new Mismatch();
            }
            if (existing.get("completedAt") != null) {
                return new Replay(new StoredResponse(existing.getInteger("status"), existing.getString("location"),
                        existing.getString("contentType"), existing.getString("body")));
            }
            Date created = existing.getDate("createdAt");
            if (created.toInstant().isBefore(staleBefore) && records.updateOne(
                    and(eq("_id", id), eq("createdAt", created), exists("completedAt", false)),
                    combine(set("createdAt", Date.from(now)), set("expiresAt", Date.from(expiresAt))))
                    .getModifiedCount() == 1) {
                return new Started(now);
            }
            return new InFlight();
        }
        return new InFlight();
    }

    @Override
    public void complete(String principal, String key, Instant claimedAt, StoredResponse response, Instant now) {
        // createdAt is the claim: a takeover sets a new one, so the earlier owner's update matches nothing
        records.updateOne(and(eq("_id", id(principal, key)), exists("completedAt", false),
                eq("createdAt", Date.from(claimedAt))),
                combine(set("completedAt", Date.from(now)), set("status", response.status()),
                        set("location", response.location()), set("contentType", response.contentType()),
                        set("body", response.body())));
    }

    @Override
    public void release(String principal, String key, Instant claimedAt) {
        records.deleteOne(and(eq("_id", id(principal, key)), exists("completedAt", false),
                eq("createdAt", Date.from(claimedAt))));
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        // by _id: a replica purging at the same time deletes nothing twice, and a batch stays bounded
        Bson expired = lte("expiresAt", Date.from(now));
        List<Object> ids = records.find(expired).projection(Projections.include("_id")).limit(limit)
                .map(document -> document.get("_id")).into(new ArrayList<>());
        return ids.isEmpty() ? 0 : (int) records.deleteMany(and(in("_id", ids), expired)).getDeletedCount();
    }

    /** MongoDB expires records itself; mongo-java-server ignores TTL indexes, where the purge job does it. */
    private void ensureTtlIndex() {
        if (indexed) {
            return;
        }
        try {
            records.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
        } catch (MongoException e) {
            LOG.warnf("TTL index on %s not created (%s); expired records are purged periodically", COLLECTION,
                    e.getClass().getSimpleName());
        }
        indexed = true;
    }

    private static Document id(String principal, String key) {
        return new Document("principal", principal).append("key", key);
    }
}
