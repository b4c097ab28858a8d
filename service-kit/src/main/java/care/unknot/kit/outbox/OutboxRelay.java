package care.unknot.kit.outbox;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The service's JDBC outbox relay: one {@link OutboxRelayWorker} thread started with the application (unless
 * {@code unknot.outbox.relay-enabled=false}). Other instances run their own; they compete safely.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class OutboxRelay {

    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private volatile OutboxRelayWorker worker;

    @Inject
    public OutboxRelay(DataSource dataSource, OutboxPublisher publisher, OutboxConfig config) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.config = config;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.relayEnabled()) {
            resume();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        pause();
    }

    /** Wakes the relay (called after a writing transaction commits). */
    public void nudge() {
        OutboxRelayWorker current = worker;
        if (current != null) {
            current.nudge();
        }
    }

    /** Stops this instance's relay thread after its current round (operations, tests). */
    public synchronized void pause() {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
    }

    /** Starts this instance's relay thread if it is not running. */
    public synchronized void resume() {
        if (worker == null) {
            worker = newWorker("outbox-relay");
            worker.start();
        }
    }

    /** A further worker on the same table and channel, e.g. to compete with this one in a test. */
    public OutboxRelayWorker newWorker(String name) {
        return new OutboxRelayWorker(name, dataSource, publisher, config);
    }

    /** Events this instance's current relay thread has published and marked sent. */
    public long sentTotal() {
        OutboxRelayWorker current = worker;
        return current == null ? 0 : current.sentTotal();
    }
}
