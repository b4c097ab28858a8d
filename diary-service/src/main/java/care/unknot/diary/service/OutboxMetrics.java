package care.unknot.diary.service;

import care.unknot.kit.outbox.mongo.MongoOutboxRelay;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The outbox backlog at {@code /q/metrics}: documents with unsent events and how long the oldest has been due
 * (alert when it grows: the relay is down or the broker refuses). Each scrape runs two indexed queries.
 */
@Singleton
public class OutboxMetrics implements MeterBinder {

    private final MongoOutboxRelay relay;

    public OutboxMetrics(MongoOutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("unknot.outbox.pending.documents", relay, MongoOutboxRelay::pendingDocuments)
                .description("Documents holding events not yet acknowledged by the broker")
                .register(registry);
        Gauge.builder("unknot.outbox.oldest.due.seconds", relay, r -> r.oldestDueAge().toMillis() / 1000.0)
                .description("How long the longest-waiting document with unsent events has been due")
                .baseUnit("seconds")
                .register(registry);
    }
}
