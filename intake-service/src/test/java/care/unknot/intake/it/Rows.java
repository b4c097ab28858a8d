package care.unknot.intake.it;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Counts rows over plain JDBC, to check that a rejected request stored nothing. */
@ApplicationScoped
public class Rows {

    private final AgroalDataSource dataSource;

    public Rows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long count(String table) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows of everything a request could write, business tables and outbox. */
    public String snapshot() {
        return String.join(",", "patient=" + count("patient"), "intake=" + count("intake"),
                "referral=" + count("referral"), "review=" + count("intake_review"),
                "clearance=" + count("medical_clearance"), "consent=" + count("sharing_consent"),
                "outbox=" + count("outbox_event"));
    }
}
