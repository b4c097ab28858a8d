package care.unknot.kit.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * Outbox rows the relay parked after {@code unknot.outbox.max-attempts} refused sends: each holds back its key
 * until an operator retries it (it is due again with a fresh count of attempts) or skips it (it is marked sent
 * without being published, and the key's later events go on). Behind {@code /api/v1/admin/outbox/parked}.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class ParkedEvents {

    private static final Logger LOG = Logger.getLogger(ParkedEvents.class);

    private static final String LIST = """
            SELECT id, aggregatetype, aggregateid, type, attempts, last_error, parked_at, seq
              FROM outbox_event
             WHERE parked_at IS NOT NULL AND sent_at IS NULL AND seq > ?
             ORDER BY seq
             LIMIT ?""";
    private static final String RETRY = """
            UPDATE outbox_event SET parked_at = NULL, attempts = 0, next_attempt_at = now()
             WHERE id = ? AND parked_at IS NOT NULL AND sent_at IS NULL""";
    private static final String SKIP = """
            UPDATE outbox_event SET sent_at = now(), next_attempt_at = now()
             WHERE id = ? AND parked_at IS NOT NULL AND sent_at IS NULL""";

    /** A parked row: no payload (it may carry health data), only what identifies it and why it failed. */
    public record Parked(UUID id, String aggregateType, String aggregateId, String type, int attempts,
            String lastError, Instant parkedAt, long seq) {
    }

    private final DataSource dataSource;
    private final OutboxRelay relay;

    @Inject
    public ParkedEvents(DataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    /** Parked rows in outbox order after position {@code afterSeq}, at most {@code limit}. */
    public List<Parked> list(long afterSeq, int limit) {
        List<Parked> parked = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(LIST)) {
            statement.setLong(1, afterSeq);
            statement.setInt(2, limit);
            try (ResultSet r = statement.executeQuery()) {
                while (r.next()) {
                    parked.add(new Parked(r.getObject(1, UUID.class), r.getString(2), r.getString(3), r.getString(4),
                            r.getInt(5), r.getString(6), r.getObject(7, OffsetDateTime.class).toInstant(),
                            r.getLong(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("listing parked outbox events failed", e);
        }
        return parked;
    }

    /** Makes the parked row due again with its attempts reset; false if no such parked row. */
    public boolean retry(UUID id) {
        return change(RETRY, id, "retried");
    }

    /** Marks the parked row sent without publishing it, releasing its key; false if no such parked row. */
    public boolean skip(UUID id) {
        return change(SKIP, id, "skipped");
    }

    private boolean change(String sql, UUID id, String what) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, id);
            boolean changed = statement.executeUpdate() == 1;
            if (changed) {
                LOG.infof("parked outbox event %s %s by an operator", id, what);
                relay.nudge();
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("changing parked outbox event " + id + " failed", e);
        }
    }
}
