package care.unknot.notification.webhook.repository;

import static care.unknot.notification.webhook.repository.Jdbc.instant;
import static care.unknot.notification.webhook.repository.Jdbc.ts;

import care.unknot.notification.webhook.domain.Subscription;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubscriptionRepository {

    private static final String COLUMNS = "id, partner_id, url, event_types, active, disabled_reason, secret,"
            + " previous_secret, previous_secret_until, failing_since, version, created_at";

    private final DataSource dataSource;

    public SubscriptionRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void insert(Subscription s) {
        Jdbc.update(dataSource, "insert into webhook_subscription (" + COLUMNS + ")"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", st -> {
                    st.setObject(1, s.id());
                    st.setString(2, s.partnerId());
                    st.setString(3, s.url());
                    st.setArray(4, st.getConnection().createArrayOf("text", s.eventTypes().toArray()));
                    st.setBoolean(5, s.active());
                    st.setString(6, s.disabledReason());
                    st.setBytes(7, s.secret());
                    st.setBytes(8, s.previousSecret());
                    st.setTimestamp(9, ts(s.previousSecretUntil()));
                    st.setTimestamp(10, ts(s.failingSince()));
                    st.setLong(11, s.version());
                    st.setTimestamp(12, ts(s.createdAt()));
                });
    }

    /** Writes every changed field of a subscription read earlier in this transaction, with {@code version + 1}. */
    public void update(Subscription s) {
        Jdbc.update(dataSource, "update webhook_subscription set url = ?, event_types = ?, active = ?,"
                + " disabled_reason = ?, secret = ?, previous_secret = ?, previous_secret_until = ?, failing_since = ?,"
                + " version = version + 1 where id = ?", st -> {
                    st.setString(1, s.url());
                    st.setArray(2, st.getConnection().createArrayOf("text", s.eventTypes().toArray()));
                    st.setBoolean(3, s.active());
                    st.setString(4, s.disabledReason());
                    st.setBytes(5, s.secret());
                    st.setBytes(6, s.previousSecret());
                    st.setTimestamp(7, ts(s.previousSecretUntil()));
                    st.setTimestamp(8, ts(s.failingSince()));
                    st.setObject(9, s.id());
                });
    }

    /** The row, locked for the rest of the transaction. */
    public Optional<Subscription> lock(UUID id) {
        return Jdbc.query(dataSource, "select " + COLUMNS + " from webhook_subscription where id = ? for update",
                s -> s.setObject(1, id), SubscriptionRepository::map).stream().findFirst();
    }

    public Optional<Subscription> find(UUID id) {
        return Jdbc.query(dataSource, "select " + COLUMNS + " from webhook_subscription where id = ?",
                s -> s.setObject(1, id), SubscriptionRepository::map).stream().findFirst();
    }

    public List<Subscription> ofPartner(String partnerId, UUID after, int limit) {
        return Jdbc.query(dataSource, "select " + COLUMNS + " from webhook_subscription where partner_id = ?"
                + " and (?::uuid is null or id > ?::uuid) order by id limit ?", s -> {
                    s.setString(1, partnerId);
                    s.setObject(2, after);
                    s.setObject(3, after);
                    s.setInt(4, limit);
                }, SubscriptionRepository::map);
    }

    /** Active subscriptions of these partners to this event type: the endpoints an event fans out to. */
    public List<Subscription> activeFor(List<String> partnerIds, String eventType) {
        return Jdbc.query(dataSource, "select " + COLUMNS + " from webhook_subscription where active"
                + " and partner_id = any(?) and ? = any(event_types)", s -> {
                    s.setArray(1, s.getConnection().createArrayOf("text", partnerIds.toArray()));
                    s.setString(2, eventType);
                }, SubscriptionRepository::map);
    }

    /** Marks the endpoint as failing since {@code at} unless it already is. */
    public void failing(UUID id, Instant at) {
        Jdbc.update(dataSource, "update webhook_subscription set failing_since = coalesce(failing_since, ?)"
                + " where id = ?", s -> {
                    s.setTimestamp(1, ts(at));
                    s.setObject(2, id);
                });
    }

    public void succeeding(UUID id) {
        Jdbc.update(dataSource, "update webhook_subscription set failing_since = null"
                + " where id = ? and failing_since is not null", s -> s.setObject(1, id));
    }

    private static Subscription map(ResultSet row) throws SQLException {
        return new Subscription(row.getObject("id", UUID.class), row.getString("partner_id"), row.getString("url"),
                Arrays.asList((String[]) row.getArray("event_types").getArray()), row.getBoolean("active"),
                row.getString("disabled_reason"), row.getBytes("secret"), row.getBytes("previous_secret"),
                instant(row, "previous_secret_until"), instant(row, "failing_since"), row.getLong("version"),
                instant(row, "created_at"));
    }
}
