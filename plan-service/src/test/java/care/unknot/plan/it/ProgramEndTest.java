package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.plan.PlanCompletedV1;
import care.unknot.events.plan.PlanCompletionReason;
import care.unknot.events.plan.PlanPhase;
import care.unknot.events.plan.PlanPhaseChangedV1;
import care.unknot.events.plan.SessionCompletedV1;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a confirmed program-end decision changes: EXTEND once to session 12; TAPER to maintenance, then discharge. */
@QuarkusTest
class ProgramEndTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    private Upstream upstream;
    private UUID patientId;
    private UUID planId;
    private SessionCompletedV1 eighth;

    @BeforeEach
    void eightSessionsRecorded() {
        upstream = new Upstream(rows);
        patientId = UUID.randomUUID();
        planId = new Care(upstream).activePlan(patientId, BERLIN, Therapists.onRoster());
        Care.recordSessions(planId, BERLIN, 8);
        eighth = Kafka.await(patientId, EventTypes.SESSION_COMPLETED, 8).get(7).as(SessionCompletedV1.class);
    }

    private void confirmProgramEnd(String windowPer28, String expectedDecision) {
        upstream.send(EventTypes.PROGRESS_UPDATED, patientId, Upstream.checkpoint(patientId,
                CheckpointKind.PROGRAM_END, eighth.sessionId(), 8, eighth.localDate(), "10", windowPer28,
                Instant.now()));
        String id = Api.therapist().get("/api/v1/plans/{id}/checkpoints", planId).then().statusCode(200)
                .body("[0].proposal.decision", equalTo(expectedDecision)).extract().path("[0].id");
        Api.therapist().body(Map.of("revision", 1)).post("/api/v1/plans/{p}/checkpoints/{c}/decision", planId, id)
                .then().statusCode(200);
    }

    @Test
    void aConfirmedExtensionMakesSessionTwelveTheProgramsLast() {
        confirmProgramEnd("6", "EXTEND"); // 40%: partial, not yet extended
        PlanPhaseChangedV1 phase = Kafka.await(patientId, EventTypes.PLAN_PHASE_CHANGED, 1).get(0)
                .as(PlanPhaseChangedV1.class);
        assertThat(phase.phase()).isEqualTo(PlanPhase.EXTENDED);
        assertThat(phase.programLastSessionNumber()).isEqualTo(12);
        Api.therapist().get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("EXTENDED")).body("proposedSessions", hasSize(4));

        Care.recordSessions(planId, BERLIN, 1);
        SessionCompletedV1 ninth = Kafka.await(patientId, EventTypes.SESSION_COMPLETED, 9).get(8)
                .as(SessionCompletedV1.class);
        assertThat(ninth.sessionNumber()).isEqualTo(9);
        assertThat(ninth.programLastSessionNumber()).isEqualTo(12);
    }

    @Test
    void aConfirmedTaperBooksMaintenanceAndTheLastOneDischarges() {
        confirmProgramEnd("4", "TAPER"); // 60%
        Care.assertStatus(planId, "TAPER");
        List<UUID> maintenance = Care.recordSessions(planId, BERLIN, 3);
        assertThat(maintenance).hasSize(3);
        Care.assertStatus(planId, "DISCHARGED");
        PlanCompletedV1 completed = Kafka.await(patientId, EventTypes.PLAN_COMPLETED, 1).get(0)
                .as(PlanCompletedV1.class);
        assertThat(completed.reason()).isEqualTo(PlanCompletionReason.DISCHARGED);
        assertThat(completed.completedSessionCount()).isEqualTo(11);
        LocalDateTime later = LocalDateTime.ofInstant(TestClock.CLOCK.instant().plus(Duration.ofDays(7)), BERLIN)
                .withHour(10).withMinute(0);
        Care.book(planId, later).statusCode(409);
    }
}
