package care.unknot.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.scheduler.Scheduled;

/**
 * The JDBC outbox's health as Micrometer meters (Prometheus at {@code /q/metrics}; every replica reports the same
 * table, so alert on the max): {@code unknot_outbox_unsent} rows, {@code unknot_outbox_oldest_unsent_age_seconds},
 * {@code unknot_outbox_unsent_max_attempts}, {@code unknot_outbox_parked} rows, and the counters
 * {@code unknot_outbox_refused_total} (sends the broker refused) and {@code unknot_outbox_parked_events_total}.
 * The gauges are read from the table every {@code unknot.outbox.metrics-interval} (15s), one query over the unsent
 * rows only (partial index), so a scrape never touches the database.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class OutboxMetrics implements RelayCounters {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final String STATS = """
            SELECT count(*), min(timestamp), coalesce(max(attempts), 0),
                   count(*) FILTER (WHERE parked_at IS NOT NULL)
              FROM outbox_event
             WHERE sent_at IS NULL""";

    /** The unsent rows as last read: how many, the oldest one's age, the most attempts of one, how many parked. */
    public record Stats(long unsent, Duration oldestAge, int maxAttempts, long parked) {
        static final Stats EMPTY = new Stats(0, Duration.ZERO, 0, 0);
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final AtomicReference<Stats> stats = new AtomicReference<>(Stats.EMPTY);
    private final Counter refused;
    private final Counter parked;

    @Inject
    public OutboxMetrics(DataSource dataSource, Clock clock, Instance<MeterRegistry> registries) {
        this.dataSource = dataSource;
        this.clock = clock;
        MeterRegistry registry = registries.isResolvable() ? registries.get() : null;
        if (registry == null) {
            refused = null;
            parked = null;
            return;
        }
        Gauge.builder("unknot.outbox.unsent", stats, s -> s.get().unsent())
                .description("Outbox rows not yet published").register(registry);
        Gauge.builder("unknot.outbox.oldest.unsent.age", stats, s -> s.get().oldestAge().toMillis() / 1000.0)
                .baseUnit("seconds").description("Age of the oldest unpublished outbox row").register(registry);
        Gauge.builder("unknot.outbox.unsent.max.attempts", stats, s -> s.get().maxAttempts())
                .description("Most failed sends of one unpublished outbox row").register(registry);
        Gauge.builder("unknot.outbox.parked", stats, s -> s.get().parked())
                .description("Outbox rows parked after their last attempt, holding back their key")
                .register(registry);
        refused = Counter.builder("unknot.outbox.refused").description("Sends the broker refused or did not ack")
                .register(registry);
        parked = Counter.builder("unknot.outbox.parked.events").description("Outbox rows parked")
                .register(registry);
    }

    @Scheduled(every = "${unknot.outbox.metrics-interval:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (SQLException | RuntimeException e) {
            LOG.warnf("outbox metrics not refreshed (%s)", e.getClass().getSimpleName());
        }
    }

    /** Reads the figures now (the schedule does it periodically). */
    public Stats refresh() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(STATS);
                ResultSet result = statement.executeQuery()) {
            result.next();
            OffsetDateTime oldest = result.getObject(2, OffsetDateTime.class);
            Duration age = oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), clock.instant());
            Stats read = new Stats(result.getLong(1), age.isNegative() ? Duration.ZERO : age, result.getInt(3),
                    result.getLong(4));
            stats.set(read);
            return read;
        }
    }

    public Stats stats() {
        return stats.get();
    }

    @Override
    public void refused() {
        if (refused != null) {
            refused.increment();
        }
    }

    @Override
    public void parked() {
        if (parked != null) {
            parked.increment();
        }
    }
}
