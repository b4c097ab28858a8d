package care.unknot.notification.webhook.repository;

import static care.unknot.notification.webhook.repository.Jdbc.instant;
import static care.unknot.notification.webhook.repository.Jdbc.ts;

import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.DeliveryStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class DeliveryRepository {

    private static final String COLUMNS = "id, subscription_id, event_id, event_type, patient_id, body, status,"
            + " attempts, next_attempt_at, last_attempt_at, last_status_code, last_error, created_at";

    private final DataSource dataSource;

    public DeliveryRepository(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new PENDING delivery due at {@code createdAt}; false when this event already has one for the subscription. */
    public boolean insert(UUID id, UUID subscriptionId, UUID eventId, String eventType, UUID patientId, String body,
            Instant createdAt) {
        return Jdbc.update(dataSource, "insert into webhook_delivery (" + COLUMNS + ") values"
                + " (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, null, null, null, ?)"
                + " on conflict (subscription_id, event_id) do nothing", s -> {
                    s.setObject(1, id);
                    s.setObject(2, subscriptionId);
                    s.setObject(3, eventId);
                    s.setString(4, eventType);
                    s.setObject(5, patientId);
                    s.setString(6, body);
                    s.setTimestamp(7, ts(createdAt));
                    s.setTimestamp(8, ts(createdAt));
                }) == 1;
    }

    /**
     * Claims up to {@code limit} due deliveries, oldest due first, skipping rows another dispatcher holds and the
     * endpoints in {@code saturated}: each is leased until {@code leaseUntil} (its attempt records the real next due
     * time; a dispatcher that dies leaves it due again when the lease ends). Walks only due rows (partial index).
     */
    public List<Delivery> claim(Instant now, Instant leaseUntil, Collection<UUID> saturated, int limit) {
        return Jdbc.query(dataSource, "update webhook_delivery set next_attempt_at = ? where id in ("
                + " select id from webhook_delivery where status = 'PENDING' and next_attempt_at <= ?"
                + " and subscription_id <> all(?) order by next_attempt_at limit ? for update skip locked)"
                + " returning " + COLUMNS, s -> {
                    s.setTimestamp(1, ts(leaseUntil));
                    s.setTimestamp(2, ts(now));
                    s.setArray(3, s.getConnection().createArrayOf("uuid", saturated.toArray()));
                    s.setInt(4, limit);
                }, DeliveryRepository::map);
    }

    /** Gives a claimed delivery back unchanged, due at {@code dueAt} (no attempt was made). */
    public void release(UUID id, Instant dueAt) {
        Jdbc.update(dataSource, "update webhook_delivery set next_attempt_at = ? where id = ? and status = 'PENDING'",
                s -> {
                    s.setTimestamp(1, ts(dueAt));
                    s.setObject(2, id);
                });
    }

    /**
     * Records an attempt: {@code nextAttemptAt} null and {@code status} SUCCEEDED or DEAD end the delivery, else it
     * stays PENDING and is due then.
     */
    public void attempted(UUID id, DeliveryStatus status, Instant at, Integer statusCode, String error,
            Instant nextAttemptAt) {
        Jdbc.update(dataSource, "update webhook_delivery set status = ?, attempts = attempts + 1, last_attempt_at = ?,"
                + " last_status_code = ?, last_error = ?, next_attempt_at = ? where id = ? and status = 'PENDING'", s -> {
                    s.setString(1, status.name());
                    s.setTimestamp(2, ts(at));
                    s.setObject(3, statusCode);
                    s.setString(4, error);
                    s.setTimestamp(5, ts(nextAttemptAt));
                    s.setObject(6, id);
                });
    }

    public Optional<Delivery> find(UUID subscriptionId, UUID id) {
        return Jdbc.query(dataSource, "select " + COLUMNS + " from webhook_delivery where id = ? and subscription_id = ?",
                s -> {
                    s.setObject(1, id);
                    s.setObject(2, subscriptionId);
                }, DeliveryRepository::map).stream().findFirst();
    }

    public List<Delivery> ofSubscription(UUID subscriptionId, DeliveryStatus status, UUID after, int limit) {
        return Jdbc.query(dataSource, "select " + COLUMNS + " from webhook_delivery where subscription_id = ?"
                + " and (?::text is null or status = ?::text) and (?::uuid is null or id > ?::uuid)"
                + " order by id limit ?", s -> {
                    String statusName = status == null ? null : status.name();
                    s.setObject(1, subscriptionId);
                    s.setString(2, statusName);
                    s.setString(3, statusName);
                    s.setObject(4, after);
                    s.setObject(5, after);
                    s.setInt(6, limit);
                }, DeliveryRepository::map);
    }

    /** Sends a finished delivery again from its first attempt (same webhook-id); false when it is still pending. */
    public boolean replay(UUID subscriptionId, UUID id, Instant now) {
        return Jdbc.update(dataSource, "update webhook_delivery set status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ? where id = ? and subscription_id = ? and status <> 'PENDING'", s -> {
                    s.setTimestamp(1, ts(now));
                    s.setObject(2, id);
                    s.setObject(3, subscriptionId);
                }) == 1;
    }

    /** Sends every dead delivery of the subscription again; how many. */
    public int replayDead(UUID subscriptionId, Instant now) {
        return Jdbc.update(dataSource, "update webhook_delivery set status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ? where subscription_id = ? and status = 'DEAD'", s -> {
                    s.setTimestamp(1, ts(now));
                    s.setObject(2, subscriptionId);
                });
    }

    private static Delivery map(ResultSet row) throws SQLException {
        return new Delivery(row.getObject("id", UUID.class), row.getObject("subscription_id", UUID.class),
                row.getObject("event_id", UUID.class), row.getString("event_type"),
                row.getObject("patient_id", UUID.class), row.getString("body"),
                DeliveryStatus.valueOf(row.getString("status")), row.getInt("attempts"),
                instant(row, "next_attempt_at"), instant(row, "last_attempt_at"),
                (Integer) row.getObject("last_status_code"), row.getString("last_error"), instant(row, "created_at"));
    }

    /** An endpoint was disabled: its pending deliveries are dead (replayable once it is active again). */
    public int killPending(UUID subscriptionId) {
        return Jdbc.update(dataSource, "update webhook_delivery set status = 'DEAD', next_attempt_at = null,"
                + " last_error = coalesce(last_error, 'endpoint disabled') where subscription_id = ?"
                + " and status = 'PENDING'", s -> s.setObject(1, subscriptionId));
    }
}
