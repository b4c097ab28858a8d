package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.PlanDraftedV1;
import care.unknot.events.plan.PlanPhase;
import care.unknot.events.plan.PlanPhaseChangedV1;
import care.unknot.events.plan.PlanReviewRequiredV1;
import care.unknot.events.plan.SessionCompletedV1;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The whole flow on the real broker: intake screened and reviewed -> plan drafted -> assigned and activated -> 8
 * sessions booked and recorded (session.completed 1..8) -> diary's PROGRAM_END checkpoint -> TAPER proposed and
 * confirmed (plan.phase-changed to TAPER with the maintenance sessions proposed).
 */
@QuarkusTest
class EndToEndTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    @Test
    void intakeToTaper() {
        Upstream upstream = new Upstream(rows);
        UUID patientId = UUID.randomUUID();
        UUID intakeId = UUID.randomUUID();
        UUID therapistId = Therapists.onRoster();

        upstream.send(EventTypes.PATIENT_REGISTERED, patientId, Upstream.registered(patientId, BERLIN));
        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.eligible(intakeId, patientId));
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId,
                Upstream.reviewed(intakeId, patientId, ScreeningOutcome.ELIGIBLE, true, Instant.now()));
        PlanDraftedV1 drafted = Kafka.await(patientId, EventTypes.PLAN_DRAFTED, 1).get(0).as(PlanDraftedV1.class);
        UUID planId = drafted.planId();
        assertThat(drafted.intakeId()).isEqualTo(intakeId);
        assertThat(drafted.plannedSessionCount()).isEqualTo(8);

        Care.assign(planId, therapistId).statusCode(200);
        Api.therapist().post("/api/v1/plans/{id}/activation", planId).then().statusCode(200);

        // 8 sessions over 4 weeks, Mondays and Thursdays at 10:00 local
        LocalDateTime monday = Care.mondayAfter(LocalDate.ofInstant(TestClock.CLOCK.instant(), BERLIN));
        List<UUID> sessions = new ArrayList<>();
        for (int week = 0; week < 4; week++) {
            sessions.add(Care.booked(planId, monday.plusWeeks(week)));
            sessions.add(Care.booked(planId, monday.plusWeeks(week).plusDays(3)));
        }
        for (int i = 0; i < sessions.size(); i++) {
            LocalDateTime start = monday.plusWeeks(i / 2).plusDays(i % 2 * 3);
            TestClock.CLOCK.set(start.atZone(BERLIN).toInstant().plus(Duration.ofHours(1)));
            Care.record(sessions.get(i), Care.record()).statusCode(200).body("number", equalTo(i + 1));
        }
        List<SessionCompletedV1> completed = Kafka.await(patientId, EventTypes.SESSION_COMPLETED, 8).stream()
                .map(e -> e.as(SessionCompletedV1.class)).toList();
        assertThat(completed).extracting(SessionCompletedV1::sessionNumber).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        SessionCompletedV1 last = completed.get(7);
        assertThat(last.programLastSessionNumber()).isEqualTo(8);

        // diary-service computes the PROGRAM_END window and publishes it: 10 -> 4 headache days per 28 = 60%
        upstream.send(EventTypes.PROGRESS_UPDATED, patientId, Upstream.checkpoint(patientId,
                CheckpointKind.PROGRAM_END, last.sessionId(), 8, last.localDate(), "10", "4", Instant.now()));
        PlanReviewRequiredV1 proposed = Kafka.await(patientId, EventTypes.PLAN_REVIEW_REQUIRED, 1).get(0)
                .as(PlanReviewRequiredV1.class);
        assertThat(proposed.proposedDecision()).isEqualTo(CheckpointDecision.TAPER);
        assertThat(proposed.checkpointDate()).isEqualTo(last.localDate());
        Care.assertStatus(planId, "ACTIVE"); // a proposal changes nothing by itself

        String checkpointId = Api.therapist().get("/api/v1/plans/{id}/checkpoints", planId).then().statusCode(200)
                .body("[0].proposal.decision", equalTo("TAPER")).extract().path("[0].id");
        Api.therapist().body(Map.of("revision", 1))
                .post("/api/v1/plans/{p}/checkpoints/{c}/decision", planId, checkpointId).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("decision", equalTo("TAPER"));

        PlanPhaseChangedV1 phase = Kafka.await(patientId, EventTypes.PLAN_PHASE_CHANGED, 1).get(0)
                .as(PlanPhaseChangedV1.class);
        assertThat(phase.previousPhase()).isEqualTo(PlanPhase.FOCUSED);
        assertThat(phase.phase()).isEqualTo(PlanPhase.TAPER);
        assertThat(phase.programLastSessionNumber()).isEqualTo(8);
        Api.therapist().get("/api/v1/plans/{id}", planId).then().statusCode(200)
                .body("status", equalTo("TAPER")).body("proposedSessions", hasSize(3))
                .body("proposedSessions[0]", equalTo(last.localDate().plusWeeks(2) + "T10:00:00"));
    }
}
