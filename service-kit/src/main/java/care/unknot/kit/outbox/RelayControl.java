package care.unknot.kit.outbox;

import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Runs one relay thread per service instance for the lifetime of the application (unless
 * {@code unknot.outbox.relay-enabled=false}), and lets operations and tests pause, resume and wake it.
 * The store-specific relays say only how a worker is made.
 */
public abstract class RelayControl<W extends RelayLoop> {

    private volatile W worker;

    // no constructor state: CDI proxies of the subclasses need a no-args constructor up the hierarchy
    protected abstract OutboxConfig config();

    protected abstract String threadName();

    /** A further worker on the same store and channel, e.g. a competitor or a replacement in a test. */
    public abstract W newWorker(String name);

    public void onStart(@Observes StartupEvent event) {
        ProducerDeliveryTimeout.requireWithin(ProducerDeliveryTimeout.of(ConfigProvider.getConfig()),
                config().publishTimeout());
        if (config().relayEnabled()) {
            resume();
        }
    }

    public void onStop(@Observes ShutdownEvent event) {
        pause();
    }

    /** Wakes the relay (called right after a write that added events). */
    public void nudge() {
        W current = worker;
        if (current != null) {
            current.nudge();
        }
    }

    /** Stops this instance's relay thread after its current round. */
    public synchronized void pause() {
        if (worker != null) {
            worker.stop();
            worker = null;
        }
    }

    /** Starts this instance's relay thread if it is not running. */
    public synchronized void resume() {
        if (worker == null) {
            worker = newWorker(threadName());
            worker.start();
        }
    }

    /** Events this instance's current relay thread has published and marked sent. */
    public long sentTotal() {
        W current = worker;
        return current == null ? 0 : current.sentTotal();
    }
}
