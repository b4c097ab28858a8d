package care.unknot.plan.it;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.intake.BodyRegion;
import care.unknot.events.intake.ClearanceScope;
import care.unknot.events.intake.HeadacheFrequency;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.HeadacheProfile;
import care.unknot.events.intake.IntakeClearanceRecordedV1;
import care.unknot.events.intake.IntakeReviewedV1;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.RetrospectiveBaseline;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaseline;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressCheckpoint;
import care.unknot.events.diary.ProgressMetric;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;

/**
 * What intake-service publishes, as real CloudEvents on intake.events; {@link #send} waits until plan-service
 * recorded the event as processed (processed_event, in the effect's transaction).
 */
final class Upstream {

    static final String INTAKE_CONSUMER = "plan-intake-events";
    static final String DIARY_CONSUMER = "plan-diary-events";

    private final Rows rows;

    Upstream(Rows rows) {
        this.rows = rows;
    }

    static PatientRegisteredV1 registered(UUID patientId, ZoneId zone) {
        return new PatientRegisteredV1(patientId, zone, "de-DE", null, List.of(), null, Instant.now());
    }

    static IntakeScreenedV1 screened(UUID intakeId, UUID patientId, ScreeningOutcome outcome,
            HeadachePhenotype phenotype, List<Precaution> precautions) {
        return new IntakeScreenedV1(intakeId, patientId, outcome, List.of(),
                new HeadacheProfile(phenotype, HeadacheFrequency.EPISODIC, false), null, null, precautions,
                List.of(TreatmentArea.SUBOCCIPITALS, TreatmentArea.UPPER_TRAPEZIUS, TreatmentArea.STERNOCLEIDOMASTOID,
                        TreatmentArea.LEVATOR_SCAPULAE, TreatmentArea.SCALENES),
                new RetrospectiveBaseline(List.of(10, 12, 14), new BigDecimal("12"), 6), Instant.now());
    }

    static IntakeScreenedV1 eligible(UUID intakeId, UUID patientId) {
        return screened(intakeId, patientId, ScreeningOutcome.ELIGIBLE, HeadachePhenotype.TENSION_TYPE_LIKE,
                List.of());
    }

    static Precaution neckFracture() {
        return new Precaution("PR-FRACTURE", List.of(BodyRegion.NECK));
    }

    static IntakeReviewedV1 reviewed(UUID intakeId, UUID patientId, ScreeningOutcome outcome, boolean eligible,
            Instant at) {
        return new IntakeReviewedV1(intakeId, patientId, "therapist-1", outcome, outcome, eligible, false, at);
    }

    static IntakeClearanceRecordedV1 cleared(UUID intakeId, UUID patientId, boolean eligible, Instant at) {
        return new IntakeClearanceRecordedV1(UUID.randomUUID(), intakeId, patientId, ClearanceScope.FULL,
                List.of("RF-TRAUMA"), List.of(), LocalDate.of(2026, 3, 1), ScreeningOutcome.ELIGIBLE, eligible, at);
    }

    /**
     * A CHECKPOINT progress.updated as diary-service publishes it: a usable window of {@code windowDays} days, a
     * PROSPECTIVE baseline, headache days per 28 days as decimals.
     */
    static ProgressUpdatedV1 checkpoint(UUID patientId, CheckpointKind kind, UUID sessionId, int sessionNumber,
            LocalDate date, String baselinePer28, String windowPer28, Instant computedAt) {
        int windowDays = kind == CheckpointKind.SESSION_4 ? 10 : 28;
        return new ProgressUpdatedV1(patientId, WindowKind.CHECKPOINT,
                new ProgressCheckpoint(kind, sessionId, sessionNumber, date), true,
                date.minusDays(windowDays), date.minusDays(1), windowDays, windowDays, true,
                new ProgressBaseline(ProgressBaselineKind.PROSPECTIVE, date.minusDays(60), date.minusDays(33),
                        new BigDecimal(baselinePer28), new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("0")),
                new BigDecimal(windowPer28), new BigDecimal("0"), new BigDecimal("0"), new BigDecimal("0"),
                ProgressMetric.HEADACHE_DAYS, null, null, null, null, null, computedAt);
    }

    /** Publishes on intake.events with a new id and waits until plan-service processed it; returns the id. */
    String send(String type, UUID patientId, Object payload) {
        String id = UUID.randomUUID().toString();
        sendWithId(id, type, patientId, payload);
        return id;
    }

    void sendWithId(String id, String type, UUID patientId, Object payload) {
        String topic = type.equals(EventTypes.PROGRESS_UPDATED) ? Topics.DIARY : Topics.INTAKE;
        Kafka.publish(topic, id, type, patientId, payload, timeOf(payload));
        awaitProcessed(topic.equals(Topics.DIARY) ? DIARY_CONSUMER : INTAKE_CONSUMER, id);
    }

    /** ce_time is the payload's own time, as intake-service sends it (the consumer orders by it). */
    private static Instant timeOf(Object payload) {
        if (payload instanceof IntakeReviewedV1 r) {
            return r.reviewedAt();
        }
        if (payload instanceof IntakeClearanceRecordedV1 c) {
            return c.recordedAt();
        }
        if (payload instanceof ProgressUpdatedV1 p) {
            return p.computedAt();
        }
        return Instant.now();
    }

    void awaitProcessed(String consumer, String eventId) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                rows.count("processed_event WHERE consumer = ? AND event_id = ?", consumer, eventId) == 1);
    }

    long plansOfIntake(UUID intakeId) {
        return rows.count("plan WHERE intake_id = ?", intakeId);
    }

    UUID planOfIntake(UUID intakeId) {
        return (UUID) rows.value("SELECT id FROM plan WHERE intake_id = ?", intakeId);
    }

    /** A registered patient with an ELIGIBLE intake screened and reviewed: one drafted plan, its id. */
    UUID draftedPlan(UUID patientId, ZoneId zone) {
        UUID intakeId = UUID.randomUUID();
        send(EventTypes.PATIENT_REGISTERED, patientId, registered(patientId, zone));
        send(EventTypes.INTAKE_SCREENED, patientId, eligible(intakeId, patientId));
        send(EventTypes.INTAKE_REVIEWED, patientId,
                reviewed(intakeId, patientId, ScreeningOutcome.ELIGIBLE, true, Instant.now()));
        UUID planId = planOfIntake(intakeId);
        if (planId == null) {
            throw new AssertionError("no plan drafted for intake " + intakeId);
        }
        return planId;
    }
}
