package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventJson;
import care.unknot.events.EventTypes;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.local.LocalPostgres;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7: no record stops the plan-events consumer. Each kind of bad record, produced raw with a plain
 * KafkaProducer, lands on intake-service.dlq with its reason code (an unknown type is skipped, not dead-lettered)
 * and the good event after them is applied; while the database is unavailable an event waits in place (never
 * dead-lettered) and the patient's next event is applied only after it.
 */
@QuarkusTest
class PlanEventsResilienceTest {

    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    private ScreenedReferral referral;
    private UUID patientId;

    @BeforeEach
    void referAndScreen() {
        referral = ScreenedReferral.create("RES-1");
        patientId = referral.patientId();
    }

    private String status() {
        return referral.status();
    }

    @Test
    void everyKindOfBadRecordIsDeadLetteredWithItsReasonAndTheNextEventIsApplied() {
        String good = json(PlanEvents.activated(patientId, UUID.randomUUID(), T0));
        Map<String, String> expected = new LinkedHashMap<>(); // id -> reason code
        String key = patientId.toString();

        String badTime = UUID.randomUUID().toString();
        Map<String, String> headers = PlanEvents.headers(badTime, EventTypes.PLAN_ACTIVATED, patientId, T0);
        headers.put(CloudEventsConventions.HEADER_TIME, "1-01-22T04:06:32Z");
        PlanEvents.publishRaw(badTime, key, headers, good);
        expected.put(badTime, PoisonEvent.MALFORMED_HEADER);

        for (String missing : new String[] {CloudEventsConventions.HEADER_ID, CloudEventsConventions.HEADER_TYPE,
                CloudEventsConventions.HEADER_SOURCE}) {
            String id = UUID.randomUUID().toString();
            headers = PlanEvents.headers(id, EventTypes.PLAN_ACTIVATED, patientId, T0);
            headers.remove(missing);
            // without ce_id the dead letter is found by its key
            String recordKey = missing.equals(CloudEventsConventions.HEADER_ID) ? id : key;
            PlanEvents.publishRaw(id, recordKey, headers, good);
            expected.put(id, PoisonEvent.MISSING_HEADER);
        }

        String notJson = UUID.randomUUID().toString();
        PlanEvents.publishRaw(notJson, key, PlanEvents.headers(notJson, EventTypes.PLAN_ACTIVATED, patientId, T0),
                "plan activated, honestly");
        expected.put(notJson, PoisonEvent.NOT_JSON);

        String mismatch = UUID.randomUUID().toString();
        PlanEvents.publishRaw(mismatch, key, PlanEvents.headers(mismatch, EventTypes.PLAN_COMPLETED, patientId, T0),
                "{\"planId\":\"" + UUID.randomUUID() + "\",\"patientId\":\"" + patientId
                        + "\",\"completedAt\":42,\"reason\":[\"x\"]}");
        expected.put(mismatch, PoisonEvent.CONTRACT_MISMATCH);

        PlanEvents.Sent unknown = PlanEvents.publish("plan.from-the-future", patientId, T0, "{\"x\":1}");
        PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0, PlanEvents.activated(patientId,
                UUID.randomUUID(), T0));

        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(status()).isEqualTo("PLAN_ACTIVE"));
        expected.forEach((id, reason) -> {
            ConsumerRecord<String, String> dead = PlanEvents.deadLetter(id, Duration.ofSeconds(20))
                    .orElseThrow(() -> new AssertionError(reason + " record " + id + " not dead-lettered"));
            assertThat(PlanEvents.header(dead, PoisonEvent.REASON_HEADER)).as(id).isEqualTo(reason);
            assertThat(PlanEvents.header(dead, "dead-letter-reason")).isNotBlank();
        });
        assertThat(PlanEvents.deadLetter(unknown.id(), Duration.ofSeconds(2))).isEmpty();
        RestAssured.get("/q/health/live").then().statusCode(200);
        String metrics = RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("unknot_consumer_dead_letters_total{channel=\"plan-events\","
                + "reason=\"malformed-header\"}", "unknot_consumer_skipped_total{channel=\"plan-events\"}");
        // the consumer's lag, from the Kafka client metrics Quarkus' Micrometer binder exports per channel
        assertThat(metrics).contains(
                "kafka_consumer_fetch_manager_records_lag_max{client_id=\"kafka-consumer-plan-events\"");
    }

    @Test
    void whileTheDatabaseIsUnavailableTheEventWaitsInPlaceAndThePatientsNextEventAfterIt() throws Exception {
        UUID plan = UUID.randomUUID();
        Instant end = T0.plus(Duration.ofDays(90));
        PlanEvents.Sent activated;
        PlanEvents.Sent completed;
        setConnectionsAllowed(false);
        try {
            activated = PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0,
                    PlanEvents.activated(patientId, plan, T0));
            completed = PlanEvents.publish(EventTypes.PLAN_COMPLETED, patientId, end,
                    PlanEvents.completed(patientId, plan, end));
            Thread.sleep(3000); // the consumer meets the unavailable database and keeps retrying meanwhile
        } finally {
            setConnectionsAllowed(true);
        }
        PlanEvents.awaitConsumed(completed);
        assertThat(status()).isEqualTo("DISCHARGED");
        assertThat(PlanEvents.deadLetter(activated.id(), Duration.ofSeconds(3))).isEmpty();
        assertThat(PlanEvents.deadLetter(completed.id(), Duration.ofSeconds(1))).isEmpty();
        // applied in order: the later event's transaction started after the earlier one's committed
        assertThat(transactionOf(activated.id())).isLessThan(transactionOf(completed.id()));
    }

    /** Takes the intake database away for real: no new connections, and the open ones are terminated. */
    private static void setConnectionsAllowed(boolean allowed) throws SQLException {
        try (Connection admin = LocalPostgres.shared().connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("ALTER DATABASE intake WITH ALLOW_CONNECTIONS " + allowed);
            if (!allowed) {
                s.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'intake'");
            }
        }
    }

    private long transactionOf(String eventId) throws SQLException {
        String sql = "SELECT xmin::text::bigint FROM processed_event WHERE consumer = 'intake-plan-events'"
                + " AND event_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("processed " + eventId).isTrue();
                return r.getLong(1);
            }
        }
    }

    private static String json(Object payload) {
        return EventJson.mapper().valueToTree(payload).toString();
    }
}
