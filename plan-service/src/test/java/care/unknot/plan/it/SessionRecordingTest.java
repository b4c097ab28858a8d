package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import care.unknot.events.EventTypes;
import care.unknot.events.plan.AdverseEventKind;
import care.unknot.events.plan.AdverseEventReportedV1;
import care.unknot.events.plan.AdverseEventSeverity;
import care.unknot.events.plan.PlanReviewRequiredV1;
import care.unknot.events.plan.ReviewReason;
import care.unknot.events.plan.SessionCompletedV1;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Recording sessions: session.completed as diary-service reads it, adverse events at once, bad input. */
@QuarkusTest
class SessionRecordingTest {

    private static final ZoneId AUCKLAND = ZoneId.of("Pacific/Auckland");

    @Inject
    Rows rows;

    private Care care;
    private UUID therapistId;
    private UUID patientId;
    private UUID planId;
    private LocalDateTime monday;

    @BeforeEach
    void activePlan() {
        care = new Care(new Upstream(rows));
        therapistId = Therapists.onRoster();
        patientId = UUID.randomUUID();
        planId = care.activePlan(patientId, AUCKLAND, therapistId);
        monday = Care.mondayAfter(LocalDate.ofInstant(TestClock.CLOCK.instant(), AUCKLAND)).withHour(7);
    }

    /** Books at {@code local} (Auckland) and moves the clock past its start. */
    private UUID sessionThatTookPlace(LocalDateTime local) {
        UUID sessionId = Care.booked(planId, local);
        TestClock.CLOCK.set(local.atZone(AUCKLAND).toInstant().plus(Duration.ofHours(1)));
        return sessionId;
    }

    @Test
    void aRecordedSessionPublishesSessionCompletedWithItsNumberAndLocalDate() {
        // 07:00 in Auckland (UTC+12 or +13) is the day before in UTC: the local date is the patient's
        LocalDateTime local = monday;
        assertThat(local.atZone(AUCKLAND).withZoneSameInstant(java.time.ZoneOffset.UTC).toLocalDate())
                .isEqualTo(local.toLocalDate().minusDays(1));
        UUID sessionId = sessionThatTookPlace(local);
        Care.record(sessionId, Care.record()).statusCode(200).body("status", equalTo("COMPLETED"))
                .body("record.painAfter", equalTo(3));

        SessionCompletedV1 completed = Kafka.await(patientId, EventTypes.SESSION_COMPLETED, 1).get(0)
                .as(SessionCompletedV1.class);
        assertThat(completed.sessionId()).isEqualTo(sessionId);
        assertThat(completed.sessionNumber()).isEqualTo(1);
        assertThat(completed.localDate()).isEqualTo(local.toLocalDate());
        assertThat(completed.programLastSessionNumber()).isEqualTo(8);
        assertThat(completed.therapistId()).isEqualTo(therapistId);
        // the outbox row commits with the record, so its absence is final: tenderness is not an adverse event
        assertThat(rows.count("outbox_event WHERE aggregateid = ? AND type = ?", patientId.toString(),
                EventTypes.ADVERSE_EVENT_REPORTED)).isZero();
    }

    @Test
    void aSeriousAdverseReactionRaisesAdverseEventReportedAtOnce() {
        UUID sessionId = sessionThatTookPlace(monday);
        Map<String, Object> record = new HashMap<>(Care.record());
        record.put("adverseReactions", List.of(Map.of("kind", "DIZZINESS", "severity", "MODERATE"),
                Map.of("kind", "OTHER", "severity", "MILD")));
        Care.record(sessionId, record).statusCode(200);

        AdverseEventReportedV1 reported = Kafka.await(patientId, EventTypes.ADVERSE_EVENT_REPORTED, 1).get(0)
                .as(AdverseEventReportedV1.class);
        assertThat(reported.sessionId()).isEqualTo(sessionId);
        assertThat(reported.kinds()).containsExactly(AdverseEventKind.DIZZINESS);
        assertThat(reported.severity()).isEqualTo(AdverseEventSeverity.MODERATE);
        assertThat(reported.therapistSubject()).isEqualTo(Therapists.subjectOf(therapistId)).isNotNull();
        PlanReviewRequiredV1 review = Kafka.await(patientId, EventTypes.PLAN_REVIEW_REQUIRED, 1).get(0)
                .as(PlanReviewRequiredV1.class);
        assertThat(review.reason()).isEqualTo(ReviewReason.ADVERSE_EVENT);
    }

    @Test
    void aSessionIsNotRecordedBeforeItStarted() {
        UUID sessionId = Care.booked(planId, monday.plusWeeks(1));
        Care.record(sessionId, Care.record()).statusCode(409);
    }

    @Test
    void invalidRecordsAre400NamingTheFieldAndStoreNothing() {
        UUID sessionId = sessionThatTookPlace(monday);
        String before = rows.snapshot();
        Map<String, Object> record = new HashMap<>(Care.record());
        record.put("painBefore", 11);
        Api.violating(Api.therapist()).body(record).post("/api/v1/sessions/{id}/record", sessionId).then()
                .statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("painBefore"));
        record = new HashMap<>(Care.record());
        record.put("procedureCodes", List.of("99213"));
        Api.violating(Api.therapist()).body(record).post("/api/v1/sessions/{id}/record", sessionId).then()
                .statusCode(400).body("violations.field", contains("procedureCodes[0]"));
        record = new HashMap<>(Care.record());
        record.put("adverseReactions", List.of(Map.of("kind", "DIZZINESS")));
        Api.violating(Api.therapist()).body(record).post("/api/v1/sessions/{id}/record", sessionId).then()
                .statusCode(400).body("violations.field", contains("adverseReactions[0].severity"));
        assertThat(rows.snapshot()).isEqualTo(before);
        assertThat(rows.value("SELECT status FROM session WHERE id = ?", sessionId)).isEqualTo("SCHEDULED");
    }
}
