package care.unknot.notification.service;

import care.unknot.notification.config.ReminderConfig;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The poller of every replica: releases due reminders, then sends due deliveries, batch after batch while full
 * batches come back (at most max-batches each per tick). Both steps read only what is due, through partial
 * indexes, so an idle tick costs two index probes whatever the table sizes.
 */
@ApplicationScoped
public class DispatchJob {

    private final ReminderRelease release;
    private final DeliveryDispatcher dispatcher;
    private final ReminderConfig.Dispatch config;

    public DispatchJob(ReminderRelease release, DeliveryDispatcher dispatcher, ReminderConfig config) {
        this.release = release;
        this.dispatcher = dispatcher;
        this.config = config.dispatch();
    }

    @Scheduled(every = "${unknot.reminders.dispatch.interval:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.enabled()) {
            runOnce();
        }
    }

    /** One tick: everything due now is released and sent (tests call this with a set clock). */
    public void runOnce() {
        for (int i = 0; i < config.maxBatches() && release.releaseBatch() == config.batchSize(); i++) {
            // a full batch: more may be due
        }
        for (int i = 0; i < config.maxBatches() && dispatcher.dispatchBatch() == config.batchSize(); i++) {
            // a full batch: more may be due
        }
    }
}
