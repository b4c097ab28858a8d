package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.PlanReviewRequiredV1;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * diary's checkpoint windows -> proposals the therapist confirms or overrides (domain.md 2.4): announced, revised
 * with what changed, never applied silently, decided only on the revision read.
 */
@QuarkusTest
class CheckpointTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DATE = LocalDate.of(2026, 3, 16);

    @Inject
    Rows rows;

    private Upstream upstream;
    private UUID patientId;
    private UUID planId;

    @BeforeEach
    void activePlan() {
        upstream = new Upstream(rows);
        patientId = UUID.randomUUID();
        planId = new Care(upstream).activePlan(patientId, BERLIN, Therapists.onRoster());
    }

    private String session4(String windowPer28, Instant computedAt) {
        return upstream.send(EventTypes.PROGRESS_UPDATED, patientId, Upstream.checkpoint(patientId,
                CheckpointKind.SESSION_4, null, 4, DATE, "10", windowPer28, computedAt));
    }

    private String checkpointId() {
        return Api.therapist().get("/api/v1/plans/{id}/checkpoints", planId).then().statusCode(200)
                .extract().path("[0].id");
    }

    @Test
    void aRevisedWindowReProposesSaysWhatChangedAndOnlyTheLatestRevisionIsDecided() {
        session4("9", Instant.parse("2026-03-16T12:00:00Z")); // 10% reduction
        Api.therapist().get("/api/v1/plans/{id}/checkpoints", planId).then().statusCode(200)
                .body("", hasSize(1)).body("[0].revision", equalTo(1)).body("[0].status", equalTo("PROPOSED"))
                .body("[0].proposal.decision", equalTo("RE_EVALUATE"));
        PlanReviewRequiredV1 review = Kafka.await(patientId, EventTypes.PLAN_REVIEW_REQUIRED, 1).get(0)
                .as(PlanReviewRequiredV1.class);
        assertThat(review.proposedDecision()).isEqualTo(CheckpointDecision.RE_EVALUATE);
        assertThat(review.checkpoint()).isEqualTo(CheckpointKind.SESSION_4);

        session4("6", Instant.parse("2026-03-17T12:00:00Z")); // late entries: 40%
        String id = checkpointId();
        Api.therapist().get("/api/v1/plans/{id}/checkpoints", planId).then().statusCode(200)
                .body("[0].revision", equalTo(2)).body("[0].proposal.decision", equalTo("CONTINUE"))
                .body("[0].previousProposal.decision", equalTo("RE_EVALUATE"))
                .body("[0].changes", hasItem("decision: RE_EVALUATE -> CONTINUE"));
        assertThat(Kafka.await(patientId, EventTypes.PLAN_REVIEW_REQUIRED, 2)).hasSize(2);

        Api.therapist().body(Map.of("revision", 1)).post("/api/v1/plans/{p}/checkpoints/{c}/decision", planId, id)
                .then().statusCode(409);
        Api.therapist().body(Map.of("revision", 2)).post("/api/v1/plans/{p}/checkpoints/{c}/decision", planId, id)
                .then().statusCode(200).body("status", equalTo("CONFIRMED")).body("decision", equalTo("CONTINUE"));
        Care.assertStatus(planId, "ACTIVE");
    }

    @Test
    void anOlderOrRepeatedWindowChangesNothing() {
        String eventId = session4("9", Instant.parse("2026-03-16T12:00:00Z"));
        upstream.sendWithId(eventId, EventTypes.PROGRESS_UPDATED, patientId, Upstream.checkpoint(patientId,
                CheckpointKind.SESSION_4, null, 4, DATE, "10", "2", Instant.parse("2026-03-16T12:00:00Z")));
        session4("3", Instant.parse("2026-03-15T12:00:00Z")); // computed before the one in force
        session4("9", Instant.parse("2026-03-18T12:00:00Z")); // the same figures again
        Api.therapist().get("/api/v1/plans/{id}/checkpoints", planId).then().statusCode(200)
                .body("[0].revision", equalTo(1)).body("[0].proposal.decision", equalTo("RE_EVALUATE"));
    }

    @Test
    void anOverrideNeedsAReasonAndTaperWaitsForTheProgramsEnd() {
        session4("9", Instant.parse("2026-03-16T12:00:00Z"));
        String id = checkpointId();
        String path = "/api/v1/plans/{p}/checkpoints/{c}/decision";
        Api.therapist().body(Map.of("revision", 1, "decision", "CONTINUE")).post(path, planId, id).then()
                .statusCode(400).body("violations.field", contains("reason"));
        Api.therapist().body(Map.of("revision", 1, "decision", "TAPER", "reason", "doing well")).post(path, planId, id)
                .then().statusCode(400).body("violations.field", contains("decision"));
        Api.therapist().body(Map.of("revision", 1, "decision", "CONTINUE", "reason", "holiday gaps in the diary"))
                .post(path, planId, id).then().statusCode(200).body("status", equalTo("OVERRIDDEN"))
                .body("decisionReason", equalTo("holiday gaps in the diary"));
        Api.therapist().body(Map.of("revision", 1)).post(path, planId, id).then().statusCode(409);
    }
}
