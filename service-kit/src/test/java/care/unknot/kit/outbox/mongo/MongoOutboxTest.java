package care.unknot.kit.outbox.mongo;

import static com.mongodb.client.model.Filters.eq;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;

import care.unknot.kit.MongoStoreProfile;
import care.unknot.kit.Tokens;
import care.unknot.kit.TopicReader;
import care.unknot.kit.consume.mongo.MongoProcessedEvents;
import care.unknot.kit.outbox.Outbox;
import care.unknot.kit.outbox.OutboxConfig;
import care.unknot.kit.outbox.OutboxEvent;
import care.unknot.kit.outbox.OutboxPublisher;
import care.unknot.kit.outbox.OutboxRelay;
import care.unknot.kit.testapp.MongoNoteResource;
import io.quarkus.arc.Arc;
import care.unknot.kit.rest.IdempotencyStoreClaims;
import care.unknot.kit.rest.idempotency.IdempotencyStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

@QuarkusTest
@TestProfile(MongoStoreProfile.class)
class MongoOutboxTest {

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
    @Inject
    MongoProcessedEvents processed;
    @Inject
    IdempotencyStore idempotency;

    private MongoCollection<Document> notes() {
        return client.getDatabase("kit").getCollection(MongoNoteResource.COLLECTION);
    }

    @Test
    void aTakenOverIdempotencyClaimCanNeitherCompleteNorReleaseTheNewOwnersRecord() {
        IdempotencyStoreClaims.aTakenOverClaimCanNeitherCompleteNorReleaseTheNewOwnersRecord(idempotency);
    }

    @Test
    void mongoServiceBootsWithoutDataSourceAndWithOnlyTheMongoBeans() {
        assertThat(Arc.container().select(Outbox.class).isResolvable()).isFalse();
        assertThat(Arc.container().select(OutboxRelay.class).isResolvable()).isFalse();
        assertThat(Arc.container().select(MongoOutboxRelay.class).isResolvable()).isTrue();
    }

    @Test
    void eventWrittenWithItsDocumentIsPublishedAfterTheWriteAndPulled() {
        String patientId = UUID.randomUUID().toString();
        String key = UUID.randomUUID().toString();
        String body = "{\"title\":\"Morning\",\"mood\":\"CALM\",\"answers\":{\"hit6\":[1,2,3,4,5,1]}}";
        try (TopicReader reader = new TopicReader(MongoStoreProfile.TOPIC)) {
            Map<String, String> created = given().header("Authorization", Tokens.patient(patientId))
                    .header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/mongo-notes").then().statusCode(201).extract().as(Map.class);
            given().header("Authorization", Tokens.patient(patientId)).header("Idempotency-Key", key)
                    .contentType(ContentType.JSON).body(body).when().post("/api/v1/mongo-notes")
                    .then().statusCode(201).header("Idempotent-Replayed", "true");

            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> patientId.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_id")).containsExactly(created.get("eventId"));
            assertThat(TopicReader.header(records.get(0), "ce_type")).isEqualTo("note.created");
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                Document note = notes().find(eq("_id", created.get("id"))).first();
                assertThat(note.getList(MongoOutbox.FIELD, Document.class)).isEmpty();
                assertThat(note.get(MongoOutbox.LEASE_FIELD)).isNull();
            });
            assertThat(notes().countDocuments(eq("patientId", patientId))).isEqualTo(1);
        }
    }

    @Test
    void crashBetweenWriteAndRelayLosesNothing() throws Exception {
        String patientId = UUID.randomUUID().toString();
        String noteId = UUID.randomUUID().toString();
        MongoOutboxWorker killed = new MongoOutboxWorker("killed-mongo-relay", client.getDatabase("kit"),
                List.of(MongoNoteResource.COLLECTION), publisher, config) {
            @Override
            protected void afterPublish(String collection, Object documentId, List<OutboxEvent> acked) {
                throw new IllegalStateException("relay killed before pulling " + acked.size() + " event(s)");
            }
        };
        try (TopicReader reader = new TopicReader(MongoStoreProfile.TOPIC)) {
            relay.pause();
            List<Document> events = new ArrayList<>();
            try {
                for (int n = 1; n <= 3; n++) {
                    events.add(outbox.pending("Note", patientId, "note.numbered", Map.of("n", n)));
                }
                notes().insertOne(MongoOutbox.withEvents(new Document("_id", noteId).append("patientId", patientId),
                        events));
                // the writer's instance dies before any relay ran: nothing is on the broker yet
                assertThat(reader.readUntil(r -> patientId.equals(r.key()), seen -> false, Duration.ofMillis(500)))
                        .isEmpty();
                // a relay publishes and dies before pulling: its lease keeps others off until it expires
                assertThatThrownBy(killed::relayOnce).hasMessageContaining("relay killed");
                assertThat(notes().find(eq("_id", noteId)).first().getList(MongoOutbox.FIELD, Document.class))
                        .hasSize(3);
            } finally {
                relay.resume();
            }
            List<String> ids = events.stream().map(e -> e.getString("id")).toList();
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> patientId.equals(r.key()),
                    seen -> seen.size() >= 6, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_id"))
                    .containsExactlyElementsOf(concat(ids, ids));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(
                    notes().find(eq("_id", noteId)).first().getList(MongoOutbox.FIELD, Document.class)).isEmpty());
        }
    }

    @Test
    void aRelayGivesUpWaitingForAcksBeforeItsLeaseRunsOut() {
        String noteId = UUID.randomUUID().toString();
        MongoOutboxWorker stalled = new MongoOutboxWorker("stalled-mongo-relay", client.getDatabase("kit"),
                List.of(MongoNoteResource.COLLECTION), new OutboxPublisher(null, config) {
                    @Override
                    public java.util.concurrent.CompletableFuture<Void> publish(OutboxEvent event) {
                        return new java.util.concurrent.CompletableFuture<>(); // the broker never answers
                    }
                }, config);
        relay.pause();
        try {
            notes().insertOne(MongoOutbox.withEvents(new Document("_id", noteId).append("patientId", "p"),
                    List.of(outbox.pending("Note", "p", "note.numbered", Map.of("n", 1)))));
            long started = System.nanoTime();
            var round = stalled.relayOnce();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(round.failed()).isEqualTo(1);
            // the lease (2s in the tests) outlives the wait, so no second relay took the document over meanwhile
            assertThat(took).isLessThan(config.mongo().lease());
            // kept until it expires: the document's back-off, so the next rounds go on with other documents
            assertThat(notes().find(eq("_id", noteId)).first().get(MongoOutbox.LEASE_FIELD)).isNotNull();
        } finally {
            relay.resume();
        }
    }

    @Test
    void aDocumentWhoseEventTheBrokerRefusesDoesNotHoldUpTheOthers() throws Exception {
        String poisonId = UUID.randomUUID().toString();
        String healthyId = UUID.randomUUID().toString();
        MongoOutboxWorker worker = new MongoOutboxWorker("refusing-mongo-relay", client.getDatabase("kit"),
                List.of(MongoNoteResource.COLLECTION), new OutboxPublisher(null, config) {
                    @Override
                    public java.util.concurrent.CompletableFuture<Void> publish(OutboxEvent event) {
                        return event.type().equals("note.refused")
                                ? java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("no"))
                                : publisher.publish(event);
                    }
                }, config);
        relay.pause();
        try {
            Document refused = outbox.pending("Note", "p", "note.refused", Map.of("n", 1));
            refused.put("timestamp", java.util.Date.from(java.time.Instant.EPOCH)); // the oldest pending event
            notes().insertOne(MongoOutbox.withEvents(new Document("_id", poisonId).append("patientId", "p"),
                    List.of(refused)));
            notes().insertOne(MongoOutbox.withEvents(new Document("_id", healthyId).append("patientId", "q"),
                    List.of(outbox.pending("Note", "q", "note.numbered", Map.of("n", 1)))));
            for (int round = 0; round < 5; round++) {
                worker.relayOnce();
            }
            assertThat(notes().find(eq("_id", healthyId)).first().getList(MongoOutbox.FIELD, Document.class))
                    .isEmpty();
            assertThat(notes().find(eq("_id", poisonId)).first().getList(MongoOutbox.FIELD, Document.class))
                    .hasSize(1);
        } finally {
            notes().deleteOne(eq("_id", poisonId));
            relay.resume();
        }
    }

    @Test
    void processedEventsRecogniseARedelivery() {
        String eventId = UUID.randomUUID().toString();
        assertThat(processed.firstDelivery("kit-test.mongo", eventId)).isTrue();
        assertThat(processed.firstDelivery("kit-test.mongo", eventId)).isFalse();
        assertThat(processed.firstDelivery("kit-test.other", eventId)).isTrue();
        processed.forget("kit-test.mongo", eventId);
        assertThat(processed.firstDelivery("kit-test.mongo", eventId)).isTrue();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
