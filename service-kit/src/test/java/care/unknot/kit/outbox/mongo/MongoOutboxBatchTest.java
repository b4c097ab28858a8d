package care.unknot.kit.outbox.mongo;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.in;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

import care.unknot.kit.MongoStoreProfile;
import care.unknot.kit.TopicReader;
import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxEvent;
import care.unknot.kit.outbox.OutboxPublisher;
import care.unknot.kit.testapp.MongoNoteResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The relay finds due documents by an index, leases and releases them in batches, and keeps each key's order. */
@QuarkusTest
@TestProfile(MongoStoreProfile.class)
class MongoOutboxBatchTest {

    @Inject
    MongoClient client;
    @Inject
    MongoOutbox outbox;
    @Inject
    MongoOutboxRelay relay;
    @Inject
    OutboxPublisher publisher;
    @Inject
    OutboxConfig config;
    @ConfigProperty(name = "quarkus.mongodb.connection-string")
    String connectionString;

    @BeforeEach
    void pauseTheServiceRelay() {
        relay.pause();
    }

    @AfterEach
    void resumeIt() {
        relay.resume();
    }

    private MongoCollection<Document> notes() {
        return client.getDatabase("kit").getCollection(MongoNoteResource.COLLECTION);
    }

    private MongoOutboxWorker worker(String name, MongoClient on) {
        return new MongoOutboxWorker(name, on.getDatabase("kit"), List.of(MongoNoteResource.COLLECTION), publisher,
                config);
    }

    @Test
    void theRelayCreatesTheDueIndexItsLeaseQueryUses() {
        List<Document> indexes = notes().listIndexes().into(new ArrayList<>());
        assertThat(indexes).anySatisfy(index -> {
            assertThat(index.getString("name")).isEqualTo(MongoOutboxWorker.DUE_INDEX);
            assertThat(index.get("key", Document.class)).isEqualTo(new Document(MongoOutbox.LEASE_FIELD, 1));
        });
    }

    @Test
    void theBacklogCountsPendingDocumentsAndHowLongTheOldestHasBeenDue() {
        String waiting = UUID.randomUUID().toString();
        String fresh = UUID.randomUUID().toString();
        notes().insertOne(new Document("_id", waiting).append(MongoOutbox.FIELD,
                List.of(outbox.pending("Note", waiting, "note.numbered", Map.of("n", 1))))
                .append(MongoOutbox.LEASE_FIELD, new Date(System.currentTimeMillis() - 60_000)));
        notes().insertOne(MongoOutbox.withEvents(new Document("_id", fresh),
                List.of(outbox.pending("Note", fresh, "note.numbered", Map.of("n", 1)))));
        long before = relay.pendingDocuments();
        try {
            assertThat(before).isGreaterThanOrEqualTo(2);
            assertThat(relay.oldestDueAge()).isGreaterThanOrEqualTo(Duration.ofSeconds(60));
        } finally {
            notes().deleteMany(in("_id", waiting, fresh));
        }
        assertThat(relay.pendingDocuments()).isEqualTo(before - 2);
    }

    @Test
    void aRoundLeasesPublishesAndReleasesFiftyDocumentsInAHandfulOfCommands() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int d = 0; d < 50; d++) {
            String key = UUID.randomUUID().toString();
            ids.add(key);
            notes().insertOne(MongoOutbox.withEvents(new Document("_id", key), List.of(
                    outbox.pending("Note", key, "note.numbered", Map.of("n", 1)),
                    outbox.pending("Note", key, "note.numbered", Map.of("n", 2)))));
        }
        CommandCounter counter = new CommandCounter();
        try (MongoClient counted = MongoClients.create(MongoClientSettings.builder()
                .applyConnectionString(new ConnectionString(connectionString)).addCommandListener(counter).build())) {
            var round = worker("batch-relay", counted).relayOnce();

            assertThat(round.sent()).isGreaterThanOrEqualTo(100);
            // candidates, lease, read, release: one document at a time would be 150 commands
            assertThat(counter.commands.get()).isLessThanOrEqualTo(6);
        }
        assertThat(notes().find(in("_id", ids)).into(new ArrayList<>())).allSatisfy(doc -> {
            assertThat(doc.getList(MongoOutbox.FIELD, Document.class)).isEmpty();
            assertThat(doc.get(MongoOutbox.LEASE_FIELD)).isNull();
        });
    }

    @Test
    void anEventPushedWhileItsDocumentIsBeingPublishedIsDueAgainAtOnceAndFollows() throws Exception {
        String key = UUID.randomUUID().toString();
        Document first = outbox.pending("Note", key, "note.numbered", Map.of("n", 1));
        Document second = outbox.pending("Note", key, "note.numbered", Map.of("n", 2));
        notes().insertOne(MongoOutbox.withEvents(new Document("_id", key), List.of(first)));
        MongoOutboxWorker worker = new MongoOutboxWorker("racing-relay", client.getDatabase("kit"),
                List.of(MongoNoteResource.COLLECTION), publisher, config) {
            @Override
            protected void afterPublish(String collection, Object documentId, List<OutboxEvent> acked) {
                if (key.equals(documentId)) {
                    // a writer appends while this relay still holds the lease
                    notes().updateOne(eq("_id", key), MongoOutbox.push(List.of(second)));
                }
            }
        };
        try (TopicReader reader = new TopicReader(MongoStoreProfile.TOPIC)) {
            worker.relayOnce();
            Document after = notes().find(eq("_id", key)).first();
            assertThat(after.getList(MongoOutbox.FIELD, Document.class)).extracting(d -> d.getString("id"))
                    .containsExactly(second.getString("id"));
            assertThat(after.getDate(MongoOutbox.LEASE_FIELD)).isBeforeOrEqualTo(new Date());
            assertThat(after.get(MongoOutbox.LEASE_OWNER_FIELD)).isNull();

            worker.relayOnce();
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> key.equals(r.key()),
                    seen -> seen.size() >= 2, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_id"))
                    .containsExactly(first.getString("id"), second.getString("id"));
        }
    }

    @Test
    void twoRelaysPublishEveryEventOnceAndEachKeyInOrder() throws Exception {
        int keys = 20;
        int perKey = 10;
        List<String> ids = new ArrayList<>();
        for (int k = 0; k < keys; k++) {
            ids.add(UUID.randomUUID().toString());
            notes().insertOne(new Document("_id", ids.get(k)));
        }
        MongoOutboxWorker one = worker("replica-1", client);
        MongoOutboxWorker two = worker("replica-2", client);
        try (TopicReader reader = new TopicReader(MongoStoreProfile.TOPIC)) {
            one.start();
            two.start();
            try {
                for (int n = 1; n <= perKey; n++) {
                    for (String key : ids) {
                        notes().updateOne(eq("_id", key), MongoOutbox.push(List.of(
                                outbox.pending("Note", key, "note.numbered", Map.of("n", n)))));
                    }
                    one.nudge();
                    two.nudge();
                }
                reader.readUntil(r -> ids.contains(r.key()), seen -> seen.size() >= keys * perKey,
                        Duration.ofSeconds(30));
                // everything read so far plus a second more: anything beyond the events would be a duplicate
                List<ConsumerRecord<String, String>> records = reader.readUntil(r -> ids.contains(r.key()),
                        seen -> false, Duration.ofSeconds(1));

                assertThat(records).hasSize(keys * perKey);
                assertThat(records).extracting(r -> TopicReader.header(r, "ce_id")).doesNotHaveDuplicates();
                Map<String, List<String>> byKey = new LinkedHashMap<>();
                records.forEach(r -> byKey.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(r.value()));
                List<String> expected = new ArrayList<>();
                for (int n = 1; n <= perKey; n++) {
                    expected.add("{\"n\":" + n + "}");
                }
                assertThat(byKey).hasSize(keys).allSatisfy((key, values) -> assertThat(values).isEqualTo(expected));
                assertThat(one.sentTotal()).isPositive();
                assertThat(two.sentTotal()).isPositive();
            } finally {
                one.stop();
                two.stop();
            }
        }
    }

    static final class CommandCounter implements CommandListener {

        final AtomicInteger commands = new AtomicInteger();

        @Override
        public void commandStarted(CommandStartedEvent event) {
            commands.incrementAndGet();
        }
    }
}
