package care.unknot.kit.purge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import care.unknot.kit.consume.mongo.MongoProcessedEvents;
import care.unknot.local.LocalMongo;

/** The MongoDB processed-event purge, against deploy/local's MongoDB (or the real one at MONGODB_URI). */
class MongoProcessedEventsPurgeTest {

    @Test
    void recordsPastRetentionAreDeletedABatchAtATime() {
        Instant now = Instant.parse("2026-12-03T12:00:00Z");
        String database = "purge-" + UUID.randomUUID().toString().substring(0, 8);
        try (MongoClient client = MongoClients.create(LocalMongo.shared().connectionString())) {
            MongoProcessedEvents old = new MongoProcessedEvents(client,
                    Clock.fixed(now.minus(Duration.ofDays(20)), ZoneOffset.UTC), database);
            MongoProcessedEvents recent = new MongoProcessedEvents(client, Clock.fixed(now, ZoneOffset.UTC),
                    database);
            for (int i = 0; i < 3; i++) {
                old.firstDelivery("c", "old-" + i);
            }
            recent.firstDelivery("c", "recent");

            Instant cutoff = now.minus(Duration.ofDays(14));
            assertThat(recent.purgeBefore(cutoff, 2)).isEqualTo(2);
            assertThat(recent.purgeBefore(cutoff, 2)).isEqualTo(1);
            assertThat(recent.purgeBefore(cutoff, 2)).isZero();
            assertThat(client.getDatabase(database).getCollection(MongoProcessedEvents.COLLECTION).find()
                    .map(d -> d.getString("eventId")).into(new ArrayList<>())).containsExactly("recent");
            client.getDatabase(database).drop();
        }
    }
}
