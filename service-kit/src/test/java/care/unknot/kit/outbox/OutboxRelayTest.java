package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import care.unknot.events.EventJson;
import care.unknot.kit.TopicReader;
import care.unknot.kit.testapp.CountingConsumer;
import care.unknot.kit.testapp.EffectLedger;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class OutboxRelayTest {

    private static final String TOPIC = "kit.events";
    private static final int AGGREGATES = 50;
    private static final int EVENTS_PER_TRANSACTION = 10;

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
    EffectLedger ledger;

    @Test
    void thousandEventsFromTwoCompetingRelaysArePublishedExactlyOnceInKeyOrder() throws Exception {
        String prefix = "race-" + UUID.randomUUID() + "-";
        Map<String, Integer> nextNumber = new HashMap<>();
        OutboxRelayWorker competitor = relay.newWorker("outbox-relay-competitor");
        long started;
        try (TopicReader reader = new TopicReader(TOPIC)) {
            relay.pause();
            writeEvents(prefix, 500, nextNumber); // a backlog both relays race for
            started = System.nanoTime();
            relay.resume();
            competitor.start();
            writeEvents(prefix, 500, nextNumber); // and fresh commits while they run
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> r.key().startsWith(prefix),
                    seen -> seen.size() >= 1000, Duration.ofSeconds(60));
            long allSeenMillis = (System.nanoTime() - started) / 1_000_000;
            // keep reading a little: a duplicate would arrive now
            records = reader.readUntil(r -> r.key().startsWith(prefix), seen -> false, Duration.ofSeconds(1));

            List<String> ids = records.stream().map(r -> TopicReader.header(r, "ce_id")).toList();
            assertThat(ids).hasSize(1000).doesNotHaveDuplicates();
            Map<String, List<Integer>> numbersByKey = new HashMap<>();
            for (ConsumerRecord<String, String> record : records) {
                numbersByKey.computeIfAbsent(record.key(), k -> new ArrayList<>()).add(number(record.value()));
            }
            assertThat(numbersByKey).hasSize(AGGREGATES);
            numbersByKey.forEach((key, numbers) -> assertThat(numbers).as("order of %s", key).isSorted()
                    .hasSize(20));
            assertThat(unsentRows(prefix)).isZero();
            System.out.printf("[outbox] 1000 events, 2 relays: all on the broker %d ms after the relays started; "
                    + "competitor published %d, service relay %d%n", allSeenMillis, competitor.sentTotal(),
                    relay.sentTotal());
        } finally {
            competitor.stop();
            relay.resume();
        }
    }

    @Test
    void publishedEventsCarryCloudEventsBinaryHeadersAndTheAggregateKey() throws Exception {
        String key = "ce-" + UUID.randomUUID();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            UUID id = notes.appendAll(key, List.of("note.checked"), List.of(Map.of("n", 0))).get(0);
            ConsumerRecord<String, String> record = reader.readUntil(r -> key.equals(r.key()),
                    seen -> !seen.isEmpty(), Duration.ofSeconds(20)).get(0);
            assertThat(TopicReader.header(record, "ce_id")).isEqualTo(id.toString());
            assertThat(TopicReader.header(record, "ce_type")).isEqualTo("note.checked");
            assertThat(TopicReader.header(record, "ce_source")).isEqualTo("/kit-test");
            assertThat(TopicReader.header(record, "ce_subject")).isEqualTo(key);
            assertThat(TopicReader.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(record, "ce_time")).isNotBlank();
            assertThat(TopicReader.header(record, "content-type")).isEqualTo("application/json");
            // jsonb re-renders whitespace and key order; the JSON value is the same
            assertThat(EventJson.mapper().readTree(record.value())).isEqualTo(EventJson.mapper().readTree("{\"n\":0}"));
        }
    }

    @Test
    void relayKilledBetweenPublishAndMarkPublishesAgainAndTheConsumerAppliesItOnce() throws Exception {
        String key = "crash-" + UUID.randomUUID();
        OutboxRelayWorker killed = new OutboxRelayWorker("killed-relay", dataSource, publisher, config) {
            @Override
            protected void afterPublish(List<Row> acked) {
                throw new IllegalStateException("relay killed before marking " + acked.size() + " row(s)");
            }
        };
        try (TopicReader reader = new TopicReader(TOPIC)) {
            relay.pause();
            UUID id;
            try {
                id = notes.appendAll(key, List.of(CountingConsumer.COUNTED), List.of(Map.of("n", 1))).get(0);
                assertThatThrownBy(killed::relayOnce).hasMessageContaining("relay killed");
                assertThat(unsentRows(key)).isEqualTo(1);
                relay.newWorker("outbox-relay-during-lease").relayOnce();
                assertThat(unsentRows(key)).as("the dead relay's lease keeps the row from the others").isEqualTo(1);
                new OutboxRows(dataSource).makeDue(key); // what the lease's end (twice the publish timeout) does
            } finally {
                relay.resume();
            }
            List<ConsumerRecord<String, String>> copies = reader.readUntil(r -> key.equals(r.key()),
                    seen -> seen.size() >= 2, Duration.ofSeconds(20));
            assertThat(copies).extracting(r -> TopicReader.header(r, "ce_id"))
                    .containsExactly(id.toString(), id.toString());
            await().atMost(Duration.ofSeconds(20)).until(() -> unsentRows(key) == 0);

            // a later event of the same key is consumed after both copies (one partition, key order)
            notes.appendAll(key, List.of(CountingConsumer.COUNTED), List.of(Map.of("n", 2)));
            await().atMost(Duration.ofSeconds(20)).until(() -> ledger.applied(key) >= 2);
            Thread.sleep(300);
            assertThat(ledger.applied(key)).isEqualTo(2);
        }
    }

    @Test
    void rolledBackTransactionPublishesNothing() {
        String key = "rollback-" + UUID.randomUUID();
        try (TopicReader reader = new TopicReader(TOPIC)) {
            assertThatThrownBy(() -> notes.createThenFail(key)).isInstanceOf(IllegalStateException.class);
            UUID marker = notes.appendAll(key, List.of("note.marker"), List.of(Map.of("n", 1))).get(0);
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> key.equals(r.key()),
                    seen -> seen.stream().anyMatch(r -> "note.marker".equals(TopicReader.header(r, "ce_type"))),
                    Duration.ofSeconds(20));
            assertThat(records).extracting(r -> TopicReader.header(r, "ce_id")).containsExactly(marker.toString());
            assertThat(notes.count(key)).isEqualTo(1);
        }
    }

    @Inject
    Outbox outbox;

    @Test
    void unacknowledgedEventsStayUnsentWithTheirLaterKeyMatesAndAreRetried() throws Exception {
        String key = "nack-" + UUID.randomUUID();
        OutboxPublisher refusing = refusing("note.refused");
        OutboxRelayWorker flaky = new OutboxRelayWorker("outbox-relay-flaky", dataSource, refusing, config);
        relay.pause();
        try {
            notes.appendAll(key, List.of("note.numbered", "note.refused", "note.numbered"),
                    List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", 3)));
            RelayRound round = flaky.relayOnce();
            assertThat(round.failed()).isEqualTo(2); // the refused one and the one after it, to keep key order
            assertThat(unsentRows(key)).isEqualTo(2);
            assertThat(attempts(key)).containsExactly(1, 1, 0); // the third was never sent
            assertThat(lastErrors(key)).containsExactly(null, "IllegalStateException: no ack", null);
        } finally {
            relay.resume();
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> unsentRows(key) == 0);
        assertThat(attempts(key)).containsExactly(1, 2, 1);
        assertThat(lastErrors(key)).containsOnlyNulls();
    }

    @Test
    void aRowTheBrokerRefusedWaitsOutItsBackOffWhileOtherKeysGoOn() throws Exception {
        String refusedKey = "refused-" + UUID.randomUUID();
        String otherKey = "other-" + UUID.randomUUID();
        OutboxPublisher refusing = refusing("note.refused");
        OutboxRelayWorker flaky = new OutboxRelayWorker("outbox-relay-backoff", dataSource, refusing, config);
        relay.pause();
        try {
            notes.appendAll(refusedKey, List.of("note.refused", "note.numbered"), List.of(Map.of("n", 1),
                    Map.of("n", 2)));
            assertThat(flaky.relayOnce().failed()).isEqualTo(2);
            notes.appendAll(otherKey, List.of("note.numbered"), List.of(Map.of("n", 1)));
            RelayRound next = flaky.relayOnce(); // at once: the refused row is still backing off
            assertThat(next.failed()).isZero();
            assertThat(unsentRows(otherKey)).isZero();
            assertThat(attempts(refusedKey)).containsExactly(1, 0);
            Thread.sleep(config.retryInitial().toMillis() + 50);
            assertThat(flaky.relayOnce().failed()).isEqualTo(2); // due again: tried, and refused again
            assertThat(attempts(refusedKey)).containsExactly(2, 0);
        } finally {
            new OutboxRows(dataSource).markSent(refusedKey);
            relay.resume();
        }
    }




    @Test
    void keyWhoseEarliestRowAnotherRelayHoldsIsLeftForLaterWhileOtherKeysGoOn() throws Exception {
        String held = "held-" + UUID.randomUUID();
        String free = "free-" + UUID.randomUUID();
        OutboxRelayWorker worker = relay.newWorker("outbox-relay-gap-check");
        try (TopicReader reader = new TopicReader(TOPIC)) {
            relay.pause();
            try (Connection otherRelay = dataSource.getConnection()) {
                notes.appendAll(held, List.of("note.numbered", "note.numbered", "note.numbered"),
                        List.of(Map.of("n", 1), Map.of("n", 2), Map.of("n", 3)));
                notes.appendAll(free, List.of("note.numbered"), List.of(Map.of("n", 1)));
                otherRelay.setAutoCommit(false);
                try (PreparedStatement lock = otherRelay.prepareStatement("SELECT id FROM outbox_event "
                        + "WHERE aggregateid = ? ORDER BY seq LIMIT 1 FOR UPDATE")) {
                    lock.setString(1, held);
                    lock.executeQuery().close();
                }
                RelayRound round = worker.relayOnce();
                assertThat(unsentRows(free)).isZero();
                assertThat(unsentRows(held)).isEqualTo(3); // rows 2 and 3 were claimable but not publishable
                assertThat(round.sent()).isGreaterThanOrEqualTo(1);
                otherRelay.rollback();
            }
            worker.relayOnce();
            assertThat(unsentRows(held)).isZero();
            List<ConsumerRecord<String, String>> records = reader.readUntil(r -> held.equals(r.key()),
                    seen -> seen.size() >= 3, Duration.ofSeconds(20));
            assertThat(records).extracting(r -> number(r.value())).containsExactly(1, 2, 3);
        } finally {
            relay.resume();
        }
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.append("Note", "k", "note.orphan", Map.of("n", 1)))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    private void writeEvents(String prefix, int count, Map<String, Integer> nextNumber) {
        for (int written = 0; written < count; written += EVENTS_PER_TRANSACTION) {
            String key = prefix + ((written / EVENTS_PER_TRANSACTION) % AGGREGATES);
            List<String> types = new ArrayList<>();
            List<Object> payloads = new ArrayList<>();
            for (int i = 0; i < EVENTS_PER_TRANSACTION; i++) {
                int n = nextNumber.merge(key, 1, Integer::sum);
                types.add("note.numbered");
                payloads.add(Map.of("n", n));
            }
            notes.appendAll(key, types, payloads);
        }
    }

    private static int number(String json) {
        return Integer.parseInt(json.replaceAll("\\D", ""));
    }


    private long unsentRows(String keyPrefix) throws Exception {
        return new OutboxRows(dataSource).unsent(keyPrefix);
    }

    private List<Integer> attempts(String key) throws Exception {
        return new OutboxRows(dataSource).attempts(key);
    }

    private List<String> lastErrors(String key) throws Exception {
        return new OutboxRows(dataSource).lastErrors(key);
    }

    private OutboxPublisher refusing(String refusedType) {
        return TestPublishers.refusing(publisher, config, refusedType);
    }
}
