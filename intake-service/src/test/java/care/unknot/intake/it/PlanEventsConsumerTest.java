package care.unknot.intake.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventTypes;
import care.unknot.kit.time.MutableClock;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * plan.events on the real broker drive a referral's status past SCREENED: plan.activated -> PLAN_ACTIVE,
 * plan.completed -> DISCHARGED, the newest event by event time winning; duplicates, older events, unknown types
 * and poison messages change nothing (poison goes to intake-service.dlq).
 */
@QuarkusTest
class PlanEventsConsumerTest {

    private static final Instant T0 = Instant.parse("2026-03-12T09:00:00Z");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MutableClock clock;

    private String partner;
    private String referralId;
    private UUID patientId;

    /** A partner's referral, screened ELIGIBLE: the status intake knows without plan.events. */
    @BeforeEach
    void referAndScreen() {
        ScreenedReferral referral = ScreenedReferral.create("PLAN-1");
        partner = referral.partner();
        referralId = referral.referralId();
        patientId = referral.patientId();
        assertThat(status()).isEqualTo("SCREENED");
    }

    private Response read() {
        return Api.partner(partner).get("/api/v1/referrals/{id}", referralId);
    }

    private String status() {
        return read().then().statusCode(200).extract().path("status");
    }

    private void awaitStatus(String expected) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(status()).isEqualTo(expected));
    }

    @Test
    void activatedThenCompletedThenANewPlanShowOnThePartnersReferral() {
        UUID plan = UUID.randomUUID();
        PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0, PlanEvents.activated(patientId, plan, T0));
        awaitStatus("PLAN_ACTIVE");
        read().then().body("outcome", equalTo("ELIGIBLE"));
        Api.partner(partner).get("/api/v1/referrals").then().statusCode(200)
                .body("items.find { it.id == '" + referralId + "' }.status", equalTo("PLAN_ACTIVE"));

        Instant end = T0.plus(Duration.ofDays(90));
        PlanEvents.publish(EventTypes.PLAN_COMPLETED, patientId, end, PlanEvents.completed(patientId, plan, end));
        awaitStatus("DISCHARGED");
        read().then().body("outcome", equalTo("ELIGIBLE")).body("patientId", equalTo(patientId.toString()));

        UUID next = UUID.randomUUID();
        Instant again = end.plus(Duration.ofDays(30));
        PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, again, PlanEvents.activated(patientId, next, again));
        awaitStatus("PLAN_ACTIVE");
        assertThat(row().orElseThrow().planId()).isEqualTo(next);
        assertThat(row().orElseThrow().eventTime()).isEqualTo(again);
    }

    @Test
    void theSameEventTwiceIsAppliedOnce() {
        Instant original = clock.instant();
        try {
            UUID plan = UUID.randomUUID();
            String id = UUID.randomUUID().toString();
            Object payload = PlanEvents.activated(patientId, plan, T0);
            PlanEvents.publish(id, EventTypes.PLAN_ACTIVATED, patientId, T0, payload);
            awaitStatus("PLAN_ACTIVE");
            CareRow first = row().orElseThrow();

            // the duplicate would pass the event-time rule (same time): only the processed-event record stops it
            clock.advance(Duration.ofMinutes(5));
            PlanEvents.awaitConsumed(PlanEvents.publish(id, EventTypes.PLAN_ACTIVATED, patientId, T0, payload));

            assertThat(row()).contains(first);
            assertThat(processedCount(id)).isEqualTo(1);
            assertThat(status()).isEqualTo("PLAN_ACTIVE");
        } finally {
            clock.set(original);
        }
    }

    @Test
    void anOlderEventConsumedAfterANewerOneChangesNothing() {
        UUID plan = UUID.randomUUID();
        Instant end = T0.plus(Duration.ofDays(60));
        PlanEvents.publish(EventTypes.PLAN_COMPLETED, patientId, end, PlanEvents.completed(patientId, plan, end));
        awaitStatus("DISCHARGED");

        PlanEvents.Sent late = PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0,
                PlanEvents.activated(patientId, plan, T0));
        PlanEvents.awaitConsumed(late);

        assertThat(status()).isEqualTo("DISCHARGED");
        assertThat(row().orElseThrow().eventTime()).isEqualTo(end);
        assertThat(processedCount(late.id())).as("processed, just not newer").isEqualTo(1);
    }

    @Test
    void anUnknownTypeIsSkippedAndTheNextEventStillApplies() {
        PlanEvents.Sent unknown = PlanEvents.publish("plan.something-new", patientId, T0,
                "{\"patientId\":\"" + patientId + "\",\"whatever\":true}");
        PlanEvents.awaitConsumed(unknown);
        assertThat(status()).isEqualTo("SCREENED");
        assertThat(row()).isEmpty();

        PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0,
                PlanEvents.activated(patientId, UUID.randomUUID(), T0));
        awaitStatus("PLAN_ACTIVE");
        assertThat(PlanEvents.deadLetter(unknown.id(), Duration.ofSeconds(2))).isEmpty();
    }

    @Test
    void poisonMessagesGoToTheDeadLetterTopicAndConsumptionGoesOn() {
        PlanEvents.Sent unreadable = PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0,
                "{\"planId\": \"not-a-uuid\", \"patientId\": ");
        PlanEvents.Sent noPatient = PlanEvents.publish(EventTypes.PLAN_COMPLETED, patientId, T0,
                "{\"planId\": \"" + UUID.randomUUID() + "\", \"reason\": \"DISCHARGED\"}");
        UUID rawKey = UUID.randomUUID();
        PlanEvents.Sent notACloudEvent = PlanEvents.publishRaw(rawKey, "{}");

        ConsumerRecord<String, String> dead = PlanEvents.deadLetter(unreadable.id(), Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("unreadable plan.activated not in intake-service.dlq"));
        assertThat(dead.key()).isEqualTo(patientId.toString());
        assertThat(PlanEvents.header(dead, CloudEventsConventions.HEADER_TYPE)).isEqualTo(EventTypes.PLAN_ACTIVATED);
        assertThat(dead.value()).startsWith("{\"planId\": \"not-a-uuid\"");
        assertThat(PlanEvents.deadLetter(noPatient.id(), Duration.ofSeconds(30))).isPresent();
        assertThat(PlanEvents.deadLetter(notACloudEvent.id(), Duration.ofSeconds(30))).isPresent();

        assertThat(processedCount(unreadable.id())).isZero();
        assertThat(processedCount(noPatient.id())).isZero();
        assertThat(status()).isEqualTo("SCREENED");
        PlanEvents.publish(EventTypes.PLAN_ACTIVATED, patientId, T0,
                PlanEvents.activated(patientId, UUID.randomUUID(), T0));
        awaitStatus("PLAN_ACTIVE");
    }

    @Test
    void aPatientNotReferredByThePartnerStaysInvisible() {
        UUID other = Api.registerPatient("Not", "Referred");
        PlanEvents.publish(EventTypes.PLAN_ACTIVATED, other, T0, PlanEvents.activated(other, UUID.randomUUID(), T0));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> row(other).isPresent());
        Api.partner(partner).get("/api/v1/referrals").then().statusCode(200)
                .body("items.patientId", hasItem(patientId.toString()))
                .body("items.patientId", org.hamcrest.Matchers.not(hasItem(other.toString())));
        assertThat(status()).isEqualTo("SCREENED");
    }

    record CareRow(String status, UUID planId, String eventId, Instant eventTime, Instant recordedAt) {
    }

    private Optional<CareRow> row() {
        return row(patientId);
    }

    private Optional<CareRow> row(UUID patient) {
        String sql = "SELECT status, plan_id, event_id, event_time, recorded_at FROM patient_care_status"
                + " WHERE patient_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, patient);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                return Optional.of(new CareRow(r.getString(1), r.getObject(2, UUID.class), r.getString(3),
                        r.getTimestamp(4).toInstant(), r.getTimestamp(5).toInstant()));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long processedCount(String eventId) {
        String sql = "SELECT count(*) FROM processed_event WHERE consumer = 'intake-plan-events' AND event_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, eventId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
