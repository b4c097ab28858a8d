package care.unknot.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoChangeStreamCursor;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.changestream.ChangeStreamDocument;

class LocalMongoTest {

    @Test
    void documentsAreInsertedAndFoundThroughTheRealDriver() {
        LocalMongo mongo = LocalMongo.shared();
        System.out.printf("[timing] MongoDB endpoint (%s) ready in %d ms%n",
                mongo.isExternal() ? "external" : "mongo-java-server, memory", mongo.startupTime().toMillis());
        assertThat(LocalMongo.shared()).isSameAs(mongo);

        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> entries = client.getDatabase("local_mongo_test")
                    .getCollection("entries_" + UUID.randomUUID().toString().replace("-", ""));
            entries.insertOne(new Document("_id", "e1").append("patient", "p1").append("intensity", 6));
            entries.insertOne(new Document("_id", "e2").append("patient", "p2").append("intensity", 3));

            Document found = entries.find(Filters.eq("patient", "p1")).first();

            assertThat(found).isNotNull();
            assertThat(found.getInteger("intensity")).isEqualTo(6);
            assertThat(entries.countDocuments()).isEqualTo(2);
        }
    }

    @Test
    void changeStreamsSeeInserts() {
        try (MongoClient client = MongoClients.create(LocalMongo.shared().connectionString())) {
            MongoCollection<Document> events = client.getDatabase("local_mongo_test").getCollection("events");
            try (MongoChangeStreamCursor<ChangeStreamDocument<Document>> cursor = events.watch()
                    .maxAwaitTime(200, TimeUnit.MILLISECONDS).cursor()) {
                events.insertOne(new Document("kind", "watched"));
                ChangeStreamDocument<Document> change = null;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (change == null && System.nanoTime() < deadline) {
                    change = cursor.tryNext();
                }
                assertThat(change).isNotNull();
                assertThat(change.getFullDocument().getString("kind")).isEqualTo("watched");
            }
        }
    }

    @Test
    @DisabledIfEnvironmentVariable(named = LocalMongo.MONGODB_URI, matches = ".+")
    void fileBackedServerKeepsDocumentsAcrossRestarts(@TempDir Path dir) {
        LocalMongo first = LocalMongo.fileBacked(dir);
        try (MongoClient client = MongoClients.create(first.connectionString())) {
            client.getDatabase("diary").getCollection("entries").insertOne(new Document("_id", "kept"));
        } finally {
            first.stop();
        }

        LocalMongo second = LocalMongo.fileBacked(dir);
        try (MongoClient client = MongoClients.create(second.connectionString())) {
            assertThat(client.getDatabase("diary").getCollection("entries").find(Filters.eq("_id", "kept")).first())
                    .isNotNull();
        } finally {
            second.stop();
        }
        assertThat(second.file()).exists();
    }
}
