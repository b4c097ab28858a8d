package care.unknot.kit.outbox.mongo;

import java.time.Duration;
import java.util.Date;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxPublisher;
import care.unknot.kit.outbox.RelayControl;

/**
 * The service's MongoDB outbox relay: one {@link MongoOutboxWorker} thread over the collections in
 * {@code unknot.outbox.mongo.collections} of {@code unknot.outbox.mongo.database} (default
 * {@code quarkus.mongodb.database}). On its first start it creates the due-time index on those collections
 * ({@link MongoOutboxWorker#prepare()}).
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoOutboxRelay extends RelayControl<MongoOutboxWorker> {

    private static final Logger LOG = Logger.getLogger(MongoOutboxRelay.class);

    private final MongoClient client;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final String defaultDatabase;
    private boolean prepared;

    @Inject
    public MongoOutboxRelay(MongoClient client, OutboxPublisher publisher, OutboxConfig config,
            @ConfigProperty(name = "quarkus.mongodb.database", defaultValue = "unknot") String defaultDatabase) {
        this.client = client;
        this.publisher = publisher;
        this.config = config;
        this.defaultDatabase = defaultDatabase;
    }

    @Override
    protected OutboxConfig config() {
        return config;
    }

    @Override
    protected String threadName() {
        return "mongo-outbox-relay";
    }

    @Override
    public synchronized void resume() {
        if (collections().isEmpty()) {
            LOG.warn("unknot.outbox.mongo.collections is empty: the MongoDB outbox relay has nothing to scan");
        }
        if (!prepared) {
            newWorker("mongo-outbox-prepare").prepare();
            prepared = true;
        }
        super.resume();
    }

    @Override
    public MongoOutboxWorker newWorker(String name) {
        return new MongoOutboxWorker(name, database(), collections(), publisher, config);
    }

    /**
     * Documents with pending events (each holds one or more), over all outbox collections: an indexed count
     * ({@code {_outboxLease: {$exists: true}}} on the sparse due index). For a gauge.
     */
    public long pendingDocuments() {
        long pending = 0;
        for (String name : collections()) {
            pending += database().getCollection(name).countDocuments(Filters.exists(MongoOutbox.LEASE_FIELD));
        }
        return pending;
    }

    /**
     * How long the longest-waiting due document has been due (zero when none is): its due time is the write time
     * of its first pending event, or the end of an expired lease. One indexed query per collection. For a gauge.
     */
    public Duration oldestDueAge() {
        Date now = new Date();
        Duration oldest = Duration.ZERO;
        for (String name : collections()) {
            Document first = database().getCollection(name).find(Filters.lte(MongoOutbox.LEASE_FIELD, now))
                    .sort(Sorts.ascending(MongoOutbox.LEASE_FIELD)).limit(1)
                    .projection(Projections.include(MongoOutbox.LEASE_FIELD)).first();
            if (first != null) {
                Duration age = Duration.ofMillis(now.getTime() - first.getDate(MongoOutbox.LEASE_FIELD).getTime());
                oldest = age.compareTo(oldest) > 0 ? age : oldest;
            }
        }
        return oldest;
    }

    private MongoDatabase database() {
        return client.getDatabase(config.mongo().database().orElse(defaultDatabase));
    }

    private List<String> collections() {
        return config.mongo().collections().orElse(List.of());
    }
}
