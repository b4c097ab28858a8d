package care.unknot.plan.it;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads rows over plain JDBC: to check what a request or an event stored (or did not). */
@ApplicationScoped
public class Rows {

    private final AgroalDataSource dataSource;

    public Rows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The first column of the first row, or null. */
    public Object value(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String sql, Object... parameters) {
        return ((Number) value("SELECT count(*) FROM " + sql, parameters)).longValue();
    }

    /** Rows of everything a request could write, business tables and outbox. */
    public String snapshot() {
        return String.join(",", "plan=" + count("plan"), "session=" + count("session"),
                "checkpoint=" + count("checkpoint"), "outbox=" + count("outbox_event"),
                "planVersions=" + value("SELECT coalesce(sum(version), 0) FROM plan"));
    }
}
