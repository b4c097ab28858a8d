package care.unknot.kit.outbox;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The service's JDBC outbox relay: one {@link OutboxRelayWorker} thread started with the application (unless
 * {@code unknot.outbox.relay-enabled=false}). Other instances run their own; they compete safely.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class OutboxRelay extends RelayControl<OutboxRelayWorker> {

    private final DataSource dataSource;
    private final OutboxPublisher publisher;
    private final OutboxConfig config;
    private final OutboxMetrics metrics;

    @Inject
    public OutboxRelay(DataSource dataSource, OutboxPublisher publisher, OutboxConfig config, OutboxMetrics metrics) {
        this.dataSource = dataSource;
        this.publisher = publisher;
        this.config = config;
        this.metrics = metrics;
    }

    @Override
    protected OutboxConfig config() {
        return config;
    }

    @Override
    protected String threadName() {
        return "outbox-relay";
    }

    @Override
    public OutboxRelayWorker newWorker(String name) {
        return new OutboxRelayWorker(name, dataSource, publisher, config, metrics);
    }
}
