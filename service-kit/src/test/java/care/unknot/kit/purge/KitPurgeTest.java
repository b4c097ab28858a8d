package care.unknot.kit.purge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.unknot.kit.Sql;
import care.unknot.kit.consume.ProcessedEvents;
import care.unknot.kit.outbox.OutboxPurge;
import care.unknot.kit.rest.idempotency.IdempotencyStore;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;

/** The JDBC purge batches delete only what is past retention, at most a batch at a time. */
@QuarkusTest
class KitPurgeTest {

    private static final Instant NOW = Instant.now();
    private static final Instant CUTOFF = NOW.minus(Duration.ofDays(7));
    private static final Instant PAST = CUTOFF.minus(Duration.ofHours(1));
    private static final Instant RECENT = CUTOFF.plus(Duration.ofHours(1));

    @Inject
    DataSource dataSource;
    @Inject
    NoteService notes;
    @Inject
    OutboxPurge outboxPurge;
    @Inject
    ProcessedEvents processedEvents;
    @Inject
    IdempotencyStore idempotency;

    @Test
    void sentOutboxRowsPastRetentionAreDeletedABatchAtATime() throws Exception {
        String key = "purge-" + UUID.randomUUID();
        List<UUID> ids = notes.appendAll(key, List.of("n.a", "n.b", "n.c", "n.d", "n.e", "n.f"),
                List.of(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of()));
        for (UUID id : ids.subList(0, 4)) {
            execute("UPDATE outbox_event SET sent_at = ? WHERE id = ?", PAST.atOffset(ZoneOffset.UTC), id);
        }
        execute("UPDATE outbox_event SET sent_at = ? WHERE id = ?", RECENT.atOffset(ZoneOffset.UTC), ids.get(4));
        execute("UPDATE outbox_event SET timestamp = ? WHERE id = ?", PAST.atOffset(ZoneOffset.UTC), ids.get(5));
        execute("UPDATE outbox_event SET next_attempt_at = 'infinity' WHERE id = ?", ids.get(5)); // unsent, old

        assertThat(outboxPurge.purgeSentBefore(CUTOFF, 3)).isEqualTo(3);
        assertThat(outboxPurge.purgeSentBefore(CUTOFF, 3)).isEqualTo(1);
        assertThat(outboxPurge.purgeSentBefore(CUTOFF, 3)).isZero();
        assertThat(strings("SELECT id::text FROM outbox_event WHERE aggregateid = ? ORDER BY seq", key))
                .containsExactly(ids.get(4).toString(), ids.get(5).toString());
        execute("UPDATE outbox_event SET sent_at = now() WHERE id = ?", ids.get(5));
    }

    @Test
    void processedEventRecordsPastRetentionAreDeletedABatchAtATime() throws Exception {
        String consumer = "purge-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            execute("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)", consumer,
                    "old-" + i, PAST.atOffset(ZoneOffset.UTC));
        }
        execute("INSERT INTO processed_event (consumer, event_id, processed_at) VALUES (?, ?, ?)", consumer,
                "recent", RECENT.atOffset(ZoneOffset.UTC));

        assertThat(processedEvents.purgeBefore(CUTOFF, 2)).isEqualTo(2);
        assertThat(processedEvents.purgeBefore(CUTOFF, 2)).isEqualTo(1);
        assertThat(processedEvents.purgeBefore(CUTOFF, 2)).isZero();
        assertThat(strings("SELECT event_id FROM processed_event WHERE consumer = ?", consumer))
                .containsExactly("recent");
    }

    @Test
    void expiredIdempotencyRecordsAreDeletedABatchAtATime() throws Exception {
        String principal = "purge-" + UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            insertIdempotencyRecord(principal, "expired-" + i, NOW.minusSeconds(60));
        }
        insertIdempotencyRecord(principal, "live", NOW.plusSeconds(3600));

        assertThat(idempotency.purgeExpired(NOW, 2)).isEqualTo(2);
        assertThat(idempotency.purgeExpired(NOW, 2)).isEqualTo(1);
        assertThat(idempotency.purgeExpired(NOW, 2)).isZero();
        assertThat(strings("SELECT idem_key FROM idempotency_record WHERE principal = ?", principal))
                .containsExactly("live");
    }

    private void insertIdempotencyRecord(String principal, String key, Instant expiresAt) throws Exception {
        execute("INSERT INTO idempotency_record (principal, idem_key, request_hash, created_at, expires_at) "
                + "VALUES (?, ?, 'h', ?, ?)", principal, key, NOW.minus(Duration.ofDays(1)).atOffset(ZoneOffset.UTC),
                expiresAt.atOffset(ZoneOffset.UTC));
    }

    private void execute(String sql, Object... parameters) throws Exception {
        Sql.execute(dataSource, sql, parameters);
    }

    private List<String> strings(String sql, String parameter) throws Exception {
        return Sql.column(dataSource, sql, parameter);
    }
}
