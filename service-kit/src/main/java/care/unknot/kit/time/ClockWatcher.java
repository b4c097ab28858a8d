package care.unknot.kit.time;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * With the local stack's clock, checks its file every {@code unknot.clock.watch-interval} and fires
 * {@link ClockMoved} when the setting changed, so scheduled jobs catch up at once. Does nothing with any other
 * clock (production, tests with a {@link MutableClock}).
 */
@Singleton
public class ClockWatcher {

    private static final Logger LOG = Logger.getLogger(ClockWatcher.class);

    private final Clock clock;
    private final Event<ClockMoved> moved;
    private final ClockConfig config;
    private ScheduledExecutorService executor;
    private LocalStackClock.Setting seen;

    public ClockWatcher(Clock clock, Event<ClockMoved> moved, ClockConfig config) {
        this.clock = clock;
        this.moved = moved;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        if (!(clock instanceof LocalStackClock local)) {
            return;
        }
        seen = local.setting();
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "unknot-clock-watcher");
            thread.setDaemon(true);
            return thread;
        });
        long every = config.watchInterval().toMillis();
        executor.scheduleWithFixedDelay(() -> check(local), every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    private void check(LocalStackClock local) {
        try {
            LocalStackClock.Setting now = local.setting();
            if (now.equals(seen)) {
                return;
            }
            seen = now;
            Instant time = local.instant();
            LOG.infof("clock moved: now %s (offset %d ms)", time, now.offsetMillis());
            moved.fire(new ClockMoved(time));
        } catch (RuntimeException e) {
            LOG.errorf("a ClockMoved observer failed (%s); the jobs' own ticks still run", e.getClass().getName());
        }
    }
}
