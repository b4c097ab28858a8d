package care.unknot.intake.it;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements the service sent to its database, counted by PostgreSQL itself (pg_stat_statements, which the
 * local cluster preloads): every round trip counts, Hibernate's and plain JDBC alike. The probe's own queries are
 * left out.
 */
@ApplicationScoped
public class Statements {

    private static final String OWN = "%pg_stat_statements%";

    private final AgroalDataSource dataSource;

    public Statements(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Forgets what was counted so far in this database. */
    public void reset() {
        run("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        run("SELECT pg_stat_statements_reset(0, (SELECT oid FROM pg_database WHERE datname = current_database()), 0)");
    }

    /** Calls per normalised statement text since {@link #reset()}, most called first. */
    public Map<String, Long> callsByStatement() {
        Map<String, Long> calls = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT query, calls FROM pg_stat_statements
                         WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                           AND query NOT LIKE '""" + OWN + "' ORDER BY calls DESC, query")) {
            while (rows.next()) {
                calls.merge(rows.getString(1).replaceAll("\\s+", " "), rows.getLong(2), Long::sum);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return calls;
    }

    private void run(String sql) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
