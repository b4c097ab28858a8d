package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import care.unknot.kit.Sql;
import care.unknot.kit.TopicReader;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The writer's commit wakes the relay (no poll needed) and a transaction's events cost one statement. The relay
 * polls only every 10 minutes here, so an event seen within seconds was published because the commit woke it.
 */
@QuarkusTest
@TestProfile(OutboxWakeTest.LongPoll.class)
class OutboxWakeTest {

    public static class LongPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("unknot.outbox.poll-interval", "10m");
        }
    }

    @Inject
    NoteService notes;
    @Inject
    DataSource dataSource;

    @Test
    void theCommitWakesTheRelaySoAnEventReachesTheBrokerLongBeforeThePollInterval() throws Exception {
        try (TopicReader reader = new TopicReader("kit.events")) {
            reader.readUntil(r -> false, seen -> false, Duration.ofSeconds(2)); // joined, old records read
            Thread.sleep(1000); // the relay's start-up round is over: it now waits for a wake-up or 10 minutes
            String key = "wake-" + UUID.randomUUID();
            long committed = System.nanoTime();
            UUID id = notes.appendAll(key, List.of("note.woken"), List.of(Map.of("n", 1))).get(0);

            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> key.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            long millis = (System.nanoTime() - committed) / 1_000_000;

            assertThat(records).extracting(r -> TopicReader.header(r, "ce_id")).containsExactly(id.toString());
            assertThat(millis).as("commit -> on the broker, ms").isLessThan(20_000);
        }
    }

    @Test
    void aTransactionWritesAllItsEventsInOneStatementAtCommit() throws Exception {
        String key = "one-statement-" + UUID.randomUUID();
        long before = outboxInserts();

        notes.appendAll(key, List.of("note.a", "note.b", "note.c", "note.d"),
                List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", 3), Map.of("n", 4)));

        assertThat(outboxInserts() - before).as("INSERTs into outbox_event for 4 events").isEqualTo(1);
        assertThat(Sql.column(dataSource, "SELECT type FROM outbox_event WHERE aggregateid = ? ORDER BY seq", key))
                .as("seq follows append order").containsExactly("note.a", "note.b", "note.c", "note.d");
    }

    /** INSERT statements into the outbox run so far in this database (pg_stat_statements, preloaded by LocalPostgres). */
    private long outboxInserts() throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            try (ResultSet rows = statement.executeQuery("""
                    SELECT coalesce(sum(calls), 0) FROM pg_stat_statements
                     WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                       AND query ILIKE 'INSERT INTO outbox_event%'""")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
