package care.unknot.kit.outbox.mongo;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.mongodb.client.MongoClient;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxPublisher;

/**
 * The service's MongoDB outbox relay: one {@link MongoOutboxWorker} thread over the collections in
 * {@code unknot.outbox.mongo.collections} of {@code unknot.outbox.mongo.database} (default
 * {@code quarkus.mongodb.database}).
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "mongodb")
public class MongoOutboxRelay {

    private static final Logger LOG = Logger.getLogger(MongoOutboxRelay.class);

    private final MongoClient client;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final String defaultDatabase;
    private volatile MongoOutboxWorker worker;

    @Inject
    public MongoOutboxRelay(MongoClient client, OutboxPublisher publisher, OutboxConfig config,
            @ConfigProperty(name = "quarkus.mongodb.database", defaultValue = "unknot") String defaultDatabase) {
        this.client = client;
        this.publisher = publisher;
        this.config = config;
        this.defaultDatabase = defaultDatabase;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            resume();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        pause();
    }

    public void nudge() {
        MongoOutboxWorker current = worker;
        if (current != null) {
            current.nudge();
        }
    }

    public synchronized void pause() {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
    }

    public synchronized void resume() {
        if (worker == null) {
            if (collections().isEmpty()) {
                LOG.warn("unknot.outbox.mongo.collections is empty: the MongoDB outbox relay has nothing to scan");
            }
            worker = newWorker("mongo-outbox-relay");
            worker.start();
        }
    }

    /** A further worker on the same collections and channel, e.g. a replacement after a simulated crash. */
    public MongoOutboxWorker newWorker(String name) {
        String database = config.mongo().database().orElse(defaultDatabase);
        return new MongoOutboxWorker(name, client.getDatabase(database), collections(), publisher, config);
    }

    private List<String> collections() {
        return config.mongo().collections().orElse(List.of());
    }
}
