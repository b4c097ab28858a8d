package care.unknot.kit.outbox.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

import care.unknot.local.LocalMongo;

/** Writing events through the outbox wakes the relay, so nobody has to remember to. */
class MongoOutboxWakeTest {

    private final AtomicInteger wakeUps = new AtomicInteger();
    private final MongoOutbox outbox = new MongoOutbox(Clock.systemUTC(), new MongoOutboxRelay(null, null, null, "kit") {
        @Override
        public void nudge() {
            wakeUps.incrementAndGet();
        }
    });

    @Test
    void aWriteWithEventsWakesTheRelayAndOneWithoutEventsOrThatMatchedNothingDoesNot() {
        try (MongoClient client = MongoClients.create(LocalMongo.shared().connectionString())) {
            MongoCollection<Document> notes = client.getDatabase("kit").getCollection("wake_" + UUID.randomUUID());
            Document event = outbox.pending("Note", "n1", "note.written", Map.of("n", 1));

            outbox.insertOne(notes, new Document("_id", "n1").append("rev", 0L), List.of(event));
            assertThat(wakeUps).hasValue(1);

            long stale = outbox.updateOne(notes, and(eq("_id", "n1"), eq("rev", 5L)), Updates.inc("rev", 1L),
                    List.of(outbox.pending("Note", "n1", "note.written", Map.of("n", 2)))).getModifiedCount();
            long quiet = outbox.updateOne(notes, eq("_id", "n1"), Updates.inc("rev", 1L), List.of())
                    .getModifiedCount();
            assertThat(stale).isZero();
            assertThat(quiet).isOne();
            assertThat(wakeUps).hasValue(1);

            long written = outbox.updateOne(notes, and(eq("_id", "n1"), eq("rev", 1L)), Updates.inc("rev", 1L),
                    List.of(outbox.pending("Note", "n1", "note.written", Map.of("n", 3)))).getModifiedCount();
            assertThat(written).isOne();
            assertThat(wakeUps).hasValue(2);
            Document stored = notes.find(eq("_id", "n1")).first();
            assertThat(stored.getList(MongoOutbox.FIELD, Document.class)).hasSize(2);
            assertThat(stored.getDate(MongoOutbox.LEASE_FIELD)).isNotNull();
        }
    }
}
