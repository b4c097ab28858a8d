package care.unknot.local.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.MongoServer;

import care.unknot.local.LocalMongo;

/** Filters with an {@code _id} clause and more conditions use the {@code _id} index, with the same results. */
@DisabledIfEnvironmentVariable(named = LocalMongo.MONGODB_URI, matches = ".+")
class IdFirstTest {

    @Test
    void conditionalReadsAndWritesByIdScanNothingOnTheMemoryBackend() {
        try (LocalMongo mongo = LocalMongo.inMemory()) {
            conditionalReadsAndWritesByIdScanNothing(mongo);
        }
    }

    @Test
    void conditionalReadsAndWritesByIdScanNothingOnTheFileBackend(@TempDir Path dir) {
        try (LocalMongo mongo = LocalMongo.fileBacked(dir)) {
            conditionalReadsAndWritesByIdScanNothing(mongo);
        }
    }

    @Test
    void aFileWrittenByThePlainH2BackendOpensWithItsDocuments(@TempDir Path dir) {
        H2Backend plain = new H2Backend(dir.resolve("mongo.mv").toString());
        MongoServer server = new MongoServer(plain);
        String uri = "mongodb://127.0.0.1:" + server.bind().getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            client.getDatabase("diary").getCollection("entries").insertOne(new Document("_id", "old").append("v", 1));
        } finally {
            server.shutdownNow();
        }

        try (LocalMongo mongo = LocalMongo.fileBacked(dir);
                MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> entries = client.getDatabase("diary").getCollection("entries");
            assertThat(entries.find(and(eq("_id", "old"), eq("v", 1))).first()).isNotNull();
            entries.insertOne(new Document("_id", "new"));
            assertThat(entries.countDocuments()).isEqualTo(2);
        }
    }

    private static void conditionalReadsAndWritesByIdScanNothing(LocalMongo mongo) {
        try (MongoClient client = MongoClients.create(mongo.connectionString())) {
            MongoCollection<Document> docs = client.getDatabase("id_first").getCollection("docs");
            for (int i = 0; i < 50; i++) {
                docs.insertOne(new Document("_id", "d" + i).append("rev", 0L).append("deleted", i % 2 == 0));
            }
            long before = mongo.fullScans();

            Document live = docs.find(and(eq("_id", "d1"), ne("deleted", true))).first();
            Document deleted = docs.find(and(eq("_id", "d2"), ne("deleted", true))).first();
            long bumped = docs.updateOne(and(eq("_id", "d1"), eq("rev", 0L)), Updates.inc("rev", 1L))
                    .getModifiedCount();
            long stale = docs.updateOne(and(eq("_id", "d1"), eq("rev", 0L)), Updates.inc("rev", 1L))
                    .getModifiedCount();
            long many = docs.updateMany(and(in("_id", List.of("d3", "d4", "d5", "nope")), eq("deleted", false)),
                    Updates.set("leased", true)).getModifiedCount();
            Document flat = docs.find(new Document("_id", "d3").append("leased", true)).first();
            long released = docs.updateOne(and(and(eq("_id", "d3"), eq("leased", true)), ne("deleted", true)),
                    Updates.unset("leased")).getModifiedCount();

            assertThat(live).isNotNull();
            assertThat(deleted).isNull();
            assertThat(bumped).isEqualTo(1);
            assertThat(stale).isZero();
            assertThat(many).isEqualTo(2);
            assertThat(flat).isNotNull();
            assertThat(released).isOne();
            assertThat(mongo.fullScans() - before).isZero();

            assertThat(count(mongo, () -> docs.find(eq("deleted", false)).into(new java.util.ArrayList<>()).size()))
                    .isEqualTo(1); // a filter without _id still scans, and is counted
        }
    }

    private static long count(LocalMongo mongo, Supplier<Integer> query) {
        long before = mongo.fullScans();
        assertThat(query.get()).isEqualTo(25);
        return mongo.fullScans() - before;
    }
}
