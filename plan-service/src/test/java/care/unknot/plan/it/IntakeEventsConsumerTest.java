package care.unknot.plan.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.kit.consume.PoisonEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * intake.events in any order, twice, for a patient not registered yet, and malformed: one plan per eligible reviewed
 * intake, none for an urgent referral, none for a NEEDS_MEDICAL_CLEARANCE screening before its clearance.
 */
@QuarkusTest
class IntakeEventsConsumerTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    Rows rows;

    private Upstream upstream;
    private UUID patientId;
    private UUID intakeId;

    @BeforeEach
    void newPatient() {
        upstream = new Upstream(rows);
        patientId = UUID.randomUUID();
        intakeId = UUID.randomUUID();
    }

    private long draftedEvents() {
        return rows.count("outbox_event WHERE aggregateid = ? AND type = ?", patientId.toString(),
                EventTypes.PLAN_DRAFTED);
    }

    @Test
    void theSameEventsTwiceDraftOnePlan() {
        upstream.send(EventTypes.PATIENT_REGISTERED, patientId, Upstream.registered(patientId, BERLIN));
        String screenedId = upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.eligible(intakeId, patientId));
        var review = Upstream.reviewed(intakeId, patientId, ScreeningOutcome.ELIGIBLE, true, Instant.now());
        String reviewId = upstream.send(EventTypes.INTAKE_REVIEWED, patientId, review);
        assertThat(upstream.plansOfIntake(intakeId)).isEqualTo(1);

        upstream.sendWithId(reviewId, EventTypes.INTAKE_REVIEWED, patientId, review); // redelivery: same id
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, review); // republished: a new id, same facts
        upstream.sendWithId(screenedId, EventTypes.INTAKE_SCREENED, patientId, Upstream.eligible(intakeId, patientId));

        assertThat(upstream.plansOfIntake(intakeId)).isEqualTo(1);
        assertThat(draftedEvents()).isEqualTo(1);
    }

    @Test
    void clearanceBeforeScreeningDraftsOnePlanOnceBothAreIn() {
        Instant reviewedAt = Instant.parse("2026-03-01T10:00:00Z");
        upstream.send(EventTypes.INTAKE_CLEARANCE_RECORDED, patientId,
                Upstream.cleared(intakeId, patientId, true, reviewedAt.plusSeconds(3600)));
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, Upstream.reviewed(intakeId, patientId,
                ScreeningOutcome.NEEDS_MEDICAL_CLEARANCE, false, reviewedAt)); // older than the clearance: no effect
        assertThat(upstream.plansOfIntake(intakeId)).isZero();

        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.screened(intakeId, patientId,
                ScreeningOutcome.NEEDS_MEDICAL_CLEARANCE, HeadachePhenotype.MIXED, List.of()));

        assertThat(upstream.plansOfIntake(intakeId)).isEqualTo(1);
        assertThat(draftedEvents()).isEqualTo(1);
    }

    @Test
    void aNeedsClearanceScreeningWaitsForItsClearanceEvenWhenReviewedEligible() {
        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.screened(intakeId, patientId,
                ScreeningOutcome.NEEDS_MEDICAL_CLEARANCE, HeadachePhenotype.TENSION_TYPE_LIKE, List.of()));
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, Upstream.reviewed(intakeId, patientId,
                ScreeningOutcome.ELIGIBLE, true, Instant.parse("2026-03-01T10:00:00Z")));
        assertThat(upstream.plansOfIntake(intakeId)).isZero();

        upstream.send(EventTypes.INTAKE_CLEARANCE_RECORDED, patientId,
                Upstream.cleared(intakeId, patientId, true, Instant.parse("2026-03-02T10:00:00Z")));
        assertThat(upstream.plansOfIntake(intakeId)).isEqualTo(1);
    }

    @Test
    void anUrgentReferralNeverLeadsToAPlan() {
        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.screened(intakeId, patientId,
                ScreeningOutcome.URGENT_REFERRAL, HeadachePhenotype.MIGRAINE_LIKE, List.of()));
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, Upstream.reviewed(intakeId, patientId,
                ScreeningOutcome.ELIGIBLE, true, Instant.now()));
        assertThat(upstream.plansOfIntake(intakeId)).isZero();
        assertThat(draftedEvents()).isZero();
    }

    @Test
    void anOlderReviewConsumedLateDoesNotOverrideANewerOne() {
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, Upstream.reviewed(intakeId, patientId,
                ScreeningOutcome.NEEDS_MEDICAL_CLEARANCE, false, Instant.parse("2026-03-02T10:00:00Z")));
        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.eligible(intakeId, patientId));
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, Upstream.reviewed(intakeId, patientId,
                ScreeningOutcome.ELIGIBLE, true, Instant.parse("2026-03-01T10:00:00Z")));
        assertThat(upstream.plansOfIntake(intakeId)).isZero();
    }

    @Test
    void intakeEventsOfAPatientNotRegisteredYetAreKeptAndDraft() {
        upstream.send(EventTypes.INTAKE_REVIEWED, patientId, Upstream.reviewed(intakeId, patientId,
                ScreeningOutcome.ELIGIBLE, true, Instant.now()));
        upstream.send(EventTypes.INTAKE_SCREENED, patientId, Upstream.eligible(intakeId, patientId));
        assertThat(upstream.plansOfIntake(intakeId)).isEqualTo(1);
        assertThat(rows.count("patient_zone WHERE patient_id = ?", patientId)).isZero();

        upstream.send(EventTypes.PATIENT_REGISTERED, patientId, Upstream.registered(patientId, BERLIN));
        assertThat(rows.value("SELECT time_zone FROM patient_zone WHERE patient_id = ?", patientId))
                .isEqualTo("Europe/Berlin");
    }

    @Test
    void malformedRecordsAreDeadLetteredAndTheConsumerGoesOn() {
        String key = patientId.toString();
        String notJson = UUID.randomUUID().toString();
        Kafka.publishRaw(Topics.INTAKE, notJson, Kafka.headers(Topics.INTAKE, notJson, EventTypes.INTAKE_SCREENED,
                patientId, Instant.now()), "screened, honestly");
        String mismatch = UUID.randomUUID().toString();
        Kafka.publishRaw(Topics.INTAKE, mismatch, Kafka.headers(Topics.INTAKE, mismatch, EventTypes.INTAKE_REVIEWED,
                patientId, Instant.now()), "{\"intakeId\":\"" + intakeId + "\",\"patientId\":\"" + key
                        + "\",\"outcome\":\"PERHAPS\"}");
        String missingPatient = UUID.randomUUID().toString();
        Kafka.publishRaw(Topics.INTAKE, missingPatient, Kafka.headers(Topics.INTAKE, missingPatient,
                EventTypes.INTAKE_REVIEWED, patientId, Instant.now()), "{\"intakeId\":\"" + intakeId
                        + "\",\"outcome\":\"ELIGIBLE\",\"eligibleForPlan\":true}");
        String noType = UUID.randomUUID().toString();
        Map<String, String> headers = Kafka.headers(Topics.INTAKE, noType, EventTypes.INTAKE_REVIEWED, patientId,
                Instant.now());
        headers.remove(CloudEventsConventions.HEADER_TYPE);
        Kafka.publishRaw(Topics.INTAKE, noType, headers, "{}");

        upstream.draftedPlan(patientId, BERLIN); // the good events behind them are applied

        Map<String, String> reasons = Kafka.deadLetterReasons(
                java.util.Set.of(notJson, mismatch, missingPatient, noType), Duration.ofSeconds(30));
        assertThat(reasons).containsEntry(notJson, PoisonEvent.NOT_JSON)
                .containsEntry(mismatch, PoisonEvent.CONTRACT_MISMATCH)
                .containsEntry(missingPatient, PoisonEvent.CONTRACT_MISMATCH)
                .containsEntry(noType, PoisonEvent.MISSING_HEADER);
    }
}
