package care.unknot.kit.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.jboss.logging.Logger;

/**
 * The relay thread shared by the JDBC and MongoDB relays: runs rounds back to back while a round claims a
 * full batch and publishes from it (a full batch of rows it may not publish yet, e.g. keys another relay is
 * publishing, would otherwise be claimed again and again at full speed), otherwise sleeps until {@link #nudge()} (the
 * writer's after-commit signal) or the poll interval; after a round in which nothing was acknowledged (the broker
 * may be down) or that threw, it backs off exponentially.
 */
public abstract class RelayLoop {

    private static final Logger LOG = Logger.getLogger(RelayLoop.class);

    private final String name;
    private final OutboxConfig config;
    private final Object signal = new Object();
    private final AtomicLong sentTotal = new AtomicLong();
    private boolean nudged;
    private volatile boolean running;
    private Thread thread;

    protected RelayLoop(String name, OutboxConfig config) {
        this.name = name;
        this.config = config;
    }

    /** One claim-publish-mark round. Public so tests and tools can drive a relay step by step. */
    public abstract RelayRound relayOnce() throws Exception;

    public String name() {
        return name;
    }

    /** Events this relay has published and marked sent since it was created. */
    public long sentTotal() {
        return sentTotal.get();
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = new Thread(this::loop, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops after the current round (which completes: publish, ack, mark) and waits for the thread. */
    public void stop() {
        Thread current;
        synchronized (this) {
            running = false;
            current = thread;
            thread = null;
        }
        nudge();
        if (current != null) {
            try {
                current.join(config.publishTimeout().toMillis() + 5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public boolean isRunning() {
        return running;
    }

    /** Wakes the relay now; cheap and safe to call from any thread, e.g. a transaction's afterCompletion. */
    public void nudge() {
        synchronized (signal) {
            nudged = true;
            signal.notifyAll();
        }
    }

    private void loop() {
        Duration backoff = Duration.ZERO;
        while (running) {
            try {
                RelayRound round = relayOnce();
                sentTotal.addAndGet(round.sent());
                if (round.failed() > 0 && round.sent() == 0) {
                    // nothing went through: the broker may be down, so do not hammer it; a refused row alone
                    // waits out its own back-off while the other keys go on
                    backoff = nextBackoff(backoff);
                    LOG.warnf("outbox relay %s: %d event(s) not acknowledged, retrying in %s", name,
                            round.failed(), backoff);
                    sleep(backoff);
                } else {
                    backoff = Duration.ZERO;
                    if (round.claimed() < config.batchSize() || round.sent() == 0) {
                        awaitNudge(config.pollInterval());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception | Error e) {
                // an Error too (a class that fails to load, an assertion in a driver): a relay thread that died
                // here would leave the instance without a relay while isRunning() still says true
                backoff = nextBackoff(backoff);
                // exception class and message only: they carry ids, never payloads
                LOG.warnf("outbox relay %s: round failed (%s: %s), retrying in %s", name,
                        e.getClass().getSimpleName(), e.getMessage(), backoff);
                try {
                    sleep(backoff);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private Duration nextBackoff(Duration current) {
        Duration next = current.isZero() ? config.retryInitial() : current.multipliedBy(2);
        return next.compareTo(config.retryMax()) > 0 ? config.retryMax() : next;
    }

    private void awaitNudge(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (signal) {
            while (!nudged && running) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                signal.wait(Math.max(1, left / 1_000_000));
            }
            nudged = false;
        }
    }

    private void sleep(Duration duration) throws InterruptedException {
        long deadline = System.nanoTime() + duration.toNanos();
        while (running && System.nanoTime() < deadline) {
            Thread.sleep(Math.min(100, Math.max(1, (deadline - System.nanoTime()) / 1_000_000)));
        }
    }
}
