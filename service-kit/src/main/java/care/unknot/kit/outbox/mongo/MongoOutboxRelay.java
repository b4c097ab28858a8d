package care.unknot.kit.outbox.mongo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoClient;

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
        String database = config.mongo().database().orElse(defaultDatabase);
        return new MongoOutboxWorker(name, client.getDatabase(database), collections(), publisher, config);
    }

    private List<String> collections() {
        return config.mongo().collections().orElse(List.of());
    }
}
