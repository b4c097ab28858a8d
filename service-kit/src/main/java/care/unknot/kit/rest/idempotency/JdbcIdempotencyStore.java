package care.unknot.kit.rest.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * {@link IdempotencyStore} on {@code idempotency_record}. Each statement commits on its own (outside the business
 * transaction): the claim must be visible to a concurrent retry at once, and the stored response right after
 * the business commit.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class JdbcIdempotencyStore implements IdempotencyStore {

    private static final String CLAIM = """
            INSERT INTO idempotency_record (principal, idem_key, request_hash, created_at, expires_at)
            VALUES (?, ?, ?, ?, ?) ON CONFLICT (principal, idem_key) DO NOTHING""";
    private static final String FIND = """
            SELECT request_hash, created_at, expires_at, completed_at, status, location, content_type, body
              FROM idempotency_record WHERE principal = ? AND idem_key = ?""";
    private static final String DELETE_EXPIRED_ONE =
            "DELETE FROM idempotency_record WHERE principal = ? AND idem_key = ? AND expires_at <= ?";
    private static final String TAKE_OVER = """
            UPDATE idempotency_record SET created_at = ?, expires_at = ?
             WHERE principal = ? AND idem_key = ? AND completed_at IS NULL AND created_at = ?""";
    // created_at is the claim: a takeover sets a new one, so the earlier owner's statements match no row
    private static final String COMPLETE = """
            UPDATE idempotency_record SET completed_at = ?, status = ?, location = ?, content_type = ?, body = ?
             WHERE principal = ? AND idem_key = ? AND completed_at IS NULL AND created_at = ?""";
    private static final String RELEASE = """
            DELETE FROM idempotency_record
             WHERE principal = ? AND idem_key = ? AND completed_at IS NULL AND created_at = ?""";
    private static final String PURGE = """
            DELETE FROM idempotency_record WHERE (principal, idem_key) IN (
                SELECT principal, idem_key FROM idempotency_record WHERE expires_at <= ?
                 ORDER BY expires_at LIMIT ? FOR UPDATE SKIP LOCKED)""";

    private final DataSource dataSource;

    @Inject
    public JdbcIdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Begin begin(String principal, String key, String requestHash, Instant at, Instant expiresAt,
            Instant staleBefore) {
        Instant now = at.truncatedTo(ChronoUnit.MILLIS); // the claim, stored exactly
        try (Connection connection = dataSource.getConnection()) {
            for (int attempt = 0; attempt < 3; attempt++) {
                if (update(connection, CLAIM, principal, key, requestHash, utc(now), utc(expiresAt)) == 1) {
                    return new Started(now);
                }
                try (PreparedStatement find = connection.prepareStatement(FIND)) {
                    find.setString(1, principal);
                    find.setString(2, key);
                    try (ResultSet row = find.executeQuery()) {
                        if (!row.next()) {
                            continue; // deleted meanwhile: claim again
                        }
                        Instant expires = row.getObject(3, OffsetDateTime.class).toInstant();
                        if (!expires.isAfter(now)) {
                            update(connection, DELETE_EXPIRED_ONE, principal, key, utc(now));
                            continue;
                        }
                        if (!row.getString(1).equals(requestHash)) {
                            return new Mismatch();
                        }
                        if (row.getObject(4, OffsetDateTime.class) != null) {
                            return new Replay(new StoredResponse(row.getInt(5), row.getString(6), row.getString(7),
                                    row.getString(8)));
                        }
                        OffsetDateTime created = row.getObject(2, OffsetDateTime.class);
                        if (created.toInstant().isBefore(staleBefore) && update(connection, TAKE_OVER, utc(now),
                                utc(expiresAt), principal, key, created) == 1) {
                            return new Started(now);
                        }
                        return new InFlight();
                    }
                }
            }
            return new InFlight();
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency record lookup failed", e);
        }
    }

    @Override
    public void complete(String principal, String key, Instant claimedAt, StoredResponse response, Instant now) {
        run(COMPLETE, utc(now), response.status(), response.location(), response.contentType(), response.body(),
                principal, key, utc(claimedAt));
    }

    @Override
    public void release(String principal, String key, Instant claimedAt) {
        run(RELEASE, principal, key, utc(claimedAt));
    }

    @Override
    public int purgeExpired(Instant now, int limit) {
        return run(PURGE, utc(now), limit);
    }

    private int run(String sql, Object... parameters) {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, sql, parameters);
        } catch (SQLException e) {
            throw new IllegalStateException("idempotency record update failed", e);
        }
    }

    private static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
