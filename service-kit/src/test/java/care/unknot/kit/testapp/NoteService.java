package care.unknot.kit.testapp;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.arc.properties.IfBuildProperty;

import care.unknot.kit.outbox.AggregateOutbox;
import care.unknot.kit.outbox.Outbox;
import care.unknot.kit.outbox.OutboxEntry;

/** Business rows and their events in one transaction, as a service would write them. */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class NoteService {

    public static final String NOTE_CREATED = "note.created";

    @Inject
    DataSource dataSource;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional
    public NoteResponse create(String patientId, String title) {
        UUID id = UUID.randomUUID();
        execute("INSERT INTO note (id, patient_id, title, created_at) VALUES (?, ?, ?, ?)", id, patientId, title,
                clock.instant().atOffset(ZoneOffset.UTC));
        outbox.append("Note", patientId, NOTE_CREATED, Map.of("noteId", id.toString()));
        return new NoteResponse(id, patientId, title, 0);
    }

    /** One transaction with a business row and an event per (type, payload) pair, all for one aggregate. */
    @Transactional
    public List<UUID> appendAll(String aggregateId, List<String> types, List<Object> payloads) {
        execute("INSERT INTO note (id, patient_id, title, created_at) VALUES (?, ?, ?, ?)", UUID.randomUUID(),
                aggregateId, "batch", clock.instant().atOffset(ZoneOffset.UTC));
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < types.size(); i++) {
            ids.add(outbox.append("Note", aggregateId, types.get(i), payloads.get(i)));
        }
        return ids;
    }

    /** Several aggregates' events in one transaction, through {@link Outbox#appendAll}. */
    @Transactional
    public List<UUID> appendBatch(List<OutboxEntry> entries) {
        return outbox.appendAll("Note", entries);
    }

    /** Locks several aggregates at once, then runs {@code whileLocked} (a test holds the transaction there). */
    @Transactional
    public void lockAllWhile(List<String> aggregateIds, Runnable whileLocked) {
        outbox.lockAll("Note", aggregateIds);
        whileLocked.run();
    }

    /** Locks the aggregate, runs {@code whileLocked} (a test holds the transaction there), then appends. */
    @Transactional
    public UUID lockedWrite(String aggregateId, Runnable whileLocked) {
        AggregateOutbox locked = outbox.lock("Note", aggregateId);
        whileLocked.run();
        return locked.append("note.locked", Map.of("n", 1));
    }

    /** Writes a row and an event, then fails: both must roll back. */
    @Transactional
    public void createThenFail(String patientId) {
        execute("INSERT INTO note (id, patient_id, title, created_at) VALUES (?, ?, ?, ?)", UUID.randomUUID(),
                patientId, "doomed", clock.instant().atOffset(ZoneOffset.UTC));
        outbox.append("Note", patientId, NOTE_CREATED, Map.of("doomed", true));
        throw new IllegalStateException("business rule failed after the outbox append");
    }

    public Optional<NoteResponse> find(UUID id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT patient_id, title, version FROM note WHERE id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new NoteResponse(id, r.getString(1), r.getString(2), r.getLong(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long count(String patientId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT count(*) FROM note WHERE patient_id = ?")) {
            s.setString(1, patientId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Transactional
    public NoteResponse rename(UUID id, String title) {
        execute("UPDATE note SET title = ?, version = version + 1 WHERE id = ?", title, id);
        return find(id).orElseThrow();
    }

    private void execute(String sql, Object... parameters) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
