package care.unknot.notification.reminders;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads the schedule, deliveries and outbox straight from the database, for assertions. */
@ApplicationScoped
public class ReminderProbe {

    record ReminderRow(String kind, String template, String status, Instant dueAt, String withdrawnReason) {
    }

    record DeliveryRow(UUID id, String recipient, String recipientId, String channel, String template, String title,
            String body, String status, int attempts, String failureReason, Instant nextAttemptAt) {
    }

    private final AgroalDataSource db;

    public ReminderProbe(AgroalDataSource db) {
        this.db = db;
    }

    boolean processed(String consumer, String eventId) {
        return !query("SELECT 1 FROM processed_event WHERE consumer = ? AND event_id = ?", r -> 1, consumer, eventId)
                .isEmpty();
    }

    List<ReminderRow> reminders(UUID patientId) {
        return query("""
                SELECT kind, template, status, due_at, withdrawn_reason FROM reminder WHERE patient_id = ?
                ORDER BY due_at, kind""", r -> new ReminderRow(r.getString(1), r.getString(2), r.getString(3),
                        r.getTimestamp(4).toInstant(), r.getString(5)), patientId);
    }

    List<ReminderRow> pending(UUID patientId, String kind) {
        return reminders(patientId).stream().filter(r -> r.kind().equals(kind) && r.status().equals("PENDING"))
                .toList();
    }

    List<DeliveryRow> deliveries(UUID patientId) {
        return query("""
                SELECT id, recipient, recipient_id, channel, template, title, body, status, attempts, failure_reason,
                    next_attempt_at FROM delivery WHERE patient_id = ? ORDER BY created_at, channel""",
                r -> new DeliveryRow((UUID) r.getObject(1), r.getString(2), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getInt(9), r.getString(10),
                        r.getTimestamp(11).toInstant()), patientId);
    }

    /** The ce_types the outbox holds for this patient, in outbox order. */
    List<String> outboxTypes(UUID patientId) {
        return query("SELECT type FROM outbox_event WHERE aggregateid = ? ORDER BY seq", r -> r.getString(1),
                patientId.toString());
    }

    long count(String sql, Object... args) {
        return query(sql, r -> r.getLong(1), args).get(0);
    }

    void execute(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            s.execute();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, args);
            List<T> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void bind(PreparedStatement s, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            s.setObject(i + 1, args[i]);
        }
    }
}
