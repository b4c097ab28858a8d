package care.unknot.kit.outbox;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import care.unknot.kit.Sql;
import care.unknot.kit.Tokens;
import care.unknot.kit.TopicReader;
import care.unknot.kit.testapp.NoteService;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Rows the relay may not publish yet (backing off, parked, leased by another relay) hold back only their own key,
 * never fill a batch, and hold no transaction open; a parked row is counted and an admin retries or skips it.
 */
@QuarkusTest
class OutboxHoldBackTest {

    private static final String TOPIC = "kit.events";

    @Inject
    NoteService notes;
    @Inject
    OutboxRelay relay;
    @Inject
    DataSource dataSource;
    @Inject
    OutboxPublisher publisher;
    @Inject
    OutboxConfig config;
    @Inject
    OutboxMetrics metrics;
    @Inject
    MeterRegistry registry;

    private OutboxRows rows;

    @BeforeEach
    void pauseTheServiceRelay() {
        rows = new OutboxRows(dataSource);
        relay.pause(); // the tests drive their own workers
    }

    @AfterEach
    void resumeTheServiceRelay() {
        relay.resume();
    }

    @Test
    void twoHundredHeldBackRowsAtTheHeadOfSeqDoNotStopOtherKeys() throws Exception {
        String stuck = "stuck-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        OutboxRelayWorker worker = new OutboxRelayWorker("outbox-relay-hold-back", dataSource,
                TestPublishers.refusing(publisher, config, "note.refused"), config);
        try {
            List<String> types = new ArrayList<>(List.of("note.refused"));
            List<Object> payloads = new ArrayList<>(List.of(Map.of("n", 0)));
            for (int n = 1; n <= config.batchSize() + 50; n++) {
                types.add("note.numbered");
                payloads.add(Map.of("n", n));
            }
            notes.appendAll(stuck, types, payloads);
            notes.appendAll(other, List.of("note.numbered"), List.of(Map.of("n", 1)));

            worker.relayOnce(); // refuses the stuck key's head: it backs off, the key's 250 later rows wait
            assertThat(rows.unsent(stuck)).isEqualTo(config.batchSize() + 51L);

            RelayRound next = worker.relayOnce();
            assertThat(rows.unsent(other)).as("the other key is published at once").isZero();
            assertThat(next.claimed()).as("the held-back rows were not claimed").isEqualTo(1);
            assertThat(rows.unsent(stuck)).isEqualTo(config.batchSize() + 51L);
        } finally {
            rows.markSent(stuck);
        }
    }

    @Test
    void noTransactionStaysOpenWhileTheRelayWaitsForTheAck() throws Exception {
        String key = "stall-" + UUID.randomUUID();
        CompletableFuture<Void> ack = new CompletableFuture<>();
        CountDownLatch handedOver = new CountDownLatch(1);
        OutboxRelayWorker stalled = new OutboxRelayWorker("outbox-relay-stalled", dataSource,
                TestPublishers.answering(publisher, config, event -> {
                    if (!event.aggregateId().equals(key)) {
                        return null;
                    }
                    handedOver.countDown();
                    return ack;
                }), config);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            notes.appendAll(key, List.of("note.numbered"), List.of(Map.of("n", 1)));
            Future<RelayRound> round = thread.submit(stalled::relayOnce);
            assertThat(handedOver.await(10, TimeUnit.SECONDS)).isTrue();

            try (Connection probe = dataSource.getConnection(); PreparedStatement lock = probe.prepareStatement(
                    "SELECT id FROM outbox_event WHERE aggregateid = ? FOR UPDATE NOWAIT")) {
                probe.setAutoCommit(false);
                lock.setString(1, key);
                lock.executeQuery().close(); // throws if the relay still held the row lock of its claim
                probe.rollback();
                probe.setAutoCommit(true);
            }
            relay.newWorker("outbox-relay-during-stall").relayOnce();
            assertThat(rows.unsent(key)).as("the lease keeps the row from other relays").isEqualTo(1);

            ack.complete(null);
            assertThat(round.get(10, TimeUnit.SECONDS).sent()).isEqualTo(1);
            assertThat(rows.unsent(key)).isZero();
        } finally {
            ack.complete(null);
            thread.shutdownNow();
        }
    }

    @Test
    void aRowRefusedMaxAttemptsTimesIsParkedCountedAndBlocksOnlyItsKeyUntilAnAdminRetriesIt() throws Exception {
        String refused = "park-" + UUID.randomUUID();
        String other = "other-" + UUID.randomUUID();
        OutboxRelayWorker worker = new OutboxRelayWorker("outbox-relay-parking", dataSource,
                TestPublishers.refusing(publisher, config, "note.refused"), config, metrics);
        double parkedBefore = registry.counter("unknot.outbox.parked.events").count();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            UUID head = notes.appendAll(refused, List.of("note.refused", "note.numbered"),
                    List.of(Map.of("n", 1), Map.of("n", 2))).get(0);
            for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
                rows.makeDue(refused);
                worker.relayOnce();
            }
            assertThat(rows.parked(refused)).containsExactly(true, false);
            assertThat(rows.attempts(refused)).containsExactly(config.maxAttempts(), 0);
            assertThat(rows.lastErrors(refused).get(0)).isEqualTo("IllegalStateException: no ack");
            assertThat(registry.counter("unknot.outbox.parked.events").count()).isEqualTo(parkedBefore + 1);
            assertThat(metrics.refresh().parked()).isGreaterThanOrEqualTo(1);
            assertThat(given().get("/q/metrics").then().statusCode(200).extract().asString())
                    .contains("unknot_outbox_parked ", "unknot_outbox_parked_events_total",
                            "unknot_outbox_unsent ", "unknot_outbox_oldest_unsent_age_seconds",
                            "unknot_outbox_unsent_max_attempts", "unknot_outbox_refused_total");

            notes.appendAll(other, List.of("note.numbered"), List.of(Map.of("n", 1)));
            notes.appendAll(refused, List.of("note.numbered"), List.of(Map.of("n", 3)));
            rows.makeDue(refused);
            worker.relayOnce();
            assertThat(rows.unsent(other)).isZero();
            assertThat(rows.unsent(refused)).as("the parked row holds back its key").isEqualTo(3);

            given().header("Authorization", Tokens.therapist()).get("/api/v1/admin/outbox/parked")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", Tokens.admin()).queryParam("limit", 0).get("/api/v1/admin/outbox/parked")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("violations[0].field", org.hamcrest.Matchers.equalTo("limit"));
            given().header("Authorization", Tokens.admin()).post("/api/v1/admin/outbox/parked/{id}/skip", "not-a-uuid")
                    .then().statusCode(400).contentType("application/problem+json");
            List<String> listed = given().header("Authorization", Tokens.admin()).queryParam("limit", 200)
                    .get("/api/v1/admin/outbox/parked").then().statusCode(200)
                    .extract().jsonPath().getList("items.id");
            assertThat(listed).contains(head.toString());

            given().header("Authorization", Tokens.admin()).post("/api/v1/admin/outbox/parked/{id}/retry", head)
                    .then().statusCode(204);
            assertThat(rows.parked(refused)).containsOnly(false);
            given().header("Authorization", Tokens.admin()).post("/api/v1/admin/outbox/parked/{id}/retry", head)
                    .then().statusCode(404).contentType("application/problem+json");
            relay.resume(); // the real publisher: the broker takes it now
            await().atMost(Duration.ofSeconds(20)).until(() -> rows.unsent(refused) == 0);
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> refused.equals(r.key()),
                    seen -> seen.size() >= 3, Duration.ofSeconds(20));
            assertThat(records).extracting(ConsumerRecord::value).containsExactly("{\"n\": 1}", "{\"n\": 2}",
                    "{\"n\": 3}");
        } finally {
            rows.markSent(refused);
        }
    }

    @Test
    void anAdminSkipsAParkedRowSoItsKeyGoesOnWithoutIt() throws Exception {
        String key = "skip-" + UUID.randomUUID();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            List<UUID> ids = notes.appendAll(key, List.of("note.numbered", "note.numbered"),
                    List.of(Map.of("n", 1), Map.of("n", 2)));
            park(ids.get(0));
            relay.resume();
            relay.nudge();
            Thread.sleep(300); // the relay runs, but the parked row holds back its key
            assertThat(rows.unsent(key)).isEqualTo(2);

            given().header("Authorization", Tokens.admin()).post("/api/v1/admin/outbox/parked/{id}/skip", ids.get(0))
                    .then().statusCode(204);
            await().atMost(Duration.ofSeconds(20)).until(() -> rows.unsent(key) == 0);
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> key.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20));
            records = reader.readUntil(r -> key.equals(r.key()), seen -> false, Duration.ofMillis(500));
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_id")).containsExactly(ids.get(1).toString());
        }
    }

    private void park(UUID id) throws Exception {
        Sql.execute(dataSource, "UPDATE outbox_event SET parked_at = now(), next_attempt_at = 'infinity', "
                + "attempts = ?, last_error = 'x' WHERE id = ?", config.maxAttempts(), id);
    }
}
