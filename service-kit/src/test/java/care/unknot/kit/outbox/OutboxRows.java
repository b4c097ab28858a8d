package care.unknot.kit.outbox;

import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import care.unknot.kit.Sql;

/** Reads and nudges outbox rows of one aggregate key (or key prefix) straight in the table, for relay tests. */
final class OutboxRows {

    private final DataSource dataSource;

    OutboxRows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long unsent(String keyPrefix) throws SQLException {
        return Long.parseLong(column("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL AND aggregateid LIKE ?",
                keyPrefix + "%").get(0));
    }

    List<Integer> attempts(String key) throws SQLException {
        return column("SELECT attempts FROM outbox_event WHERE aggregateid = ? ORDER BY seq", key).stream()
                .map(Integer::valueOf).toList();
    }

    List<String> lastErrors(String key) throws SQLException {
        return column("SELECT last_error FROM outbox_event WHERE aggregateid = ? ORDER BY seq", key);
    }

    /** Whether each row of the key is parked, in outbox order. */
    List<Boolean> parked(String key) throws SQLException {
        return column("SELECT parked_at IS NOT NULL FROM outbox_event WHERE aggregateid = ? ORDER BY seq", key)
                .stream().map(value -> value.equals("t") || value.equals("true")).toList();
    }

    /** Ends the key's back-offs and leases now, as the passing of time would (tests do not sleep for it). */
    void makeDue(String key) throws SQLException {
        update("UPDATE outbox_event SET next_attempt_at = now() WHERE aggregateid = ? AND sent_at IS NULL "
                + "AND parked_at IS NULL", key);
    }

    /** Marks the key's rows sent, so no other test's relay trips over them. */
    void markSent(String key) throws SQLException {
        update("UPDATE outbox_event SET sent_at = now() WHERE aggregateid = ? AND sent_at IS NULL", key);
    }

    private void update(String sql, String key) throws SQLException {
        Sql.execute(dataSource, sql, key);
    }

    private List<String> column(String sql, String parameter) throws SQLException {
        return Sql.column(dataSource, sql, parameter);
    }
}
