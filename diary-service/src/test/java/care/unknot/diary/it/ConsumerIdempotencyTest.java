package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.events.plan.SessionCancelledV1;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same intake or plan event twice changes nothing. A marker event sent after the duplicate (same key, same
 * partition, so consumed after it) proves the duplicate was seen before the assertions.
 */
@QuarkusTest
class ConsumerIdempotencyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Inject
    PatientRepository patients;

    @Inject
    MutableClock clock;

    private Upstream upstream;
    private final UUID patient = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        upstream = new Upstream(patients);
        Diary.at(clock, DAY, 12);
    }

    private PatientState afterMarker(String topic) {
        String marker = topic.equals(Topics.PLAN)
                ? upstream.send(Topics.PLAN, EventTypes.HOME_PROGRAM_ASSIGNED, patient,
                        Upstream.homeProgram(patient, DAY, HomeProgramFrequency.DAILY))
                : upstream.registered(patient, ZoneId.of("UTC"));
        return upstream.awaitProcessed(patient, marker);
    }

    @Test
    void sameIntakeScreenedTwiceChangesNothing() {
        String id = UUID.randomUUID().toString();
        Object screened = Upstream.screened(patient, HeadachePhenotype.MIGRAINE_LIKE, 12, 14, 18, 11);
        upstream.sendWithId(Topics.INTAKE, id, EventTypes.INTAKE_SCREENED, patient, screened);
        PatientState first = upstream.awaitProcessed(patient, id);
        assertThat(first.retrospective().headacheDaysMonth3()).isEqualTo(18);
        assertThat(first.phenotype()).isEqualTo("MIGRAINE_LIKE");

        upstream.sendWithId(Topics.INTAKE, id, EventTypes.INTAKE_SCREENED, patient, screened);
        PatientState after = afterMarker(Topics.INTAKE);
        assertThat(after.rev()).isEqualTo(first.rev() + 1);
        assertThat(after.retrospective()).isEqualTo(first.retrospective());
    }

    @Test
    void sameSessionCompletedTwiceIsOneCheckpoint() {
        String id = UUID.randomUUID().toString();
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, DAY, 8));
        Object session4 = Upstream.session(patient, 4, DAY.plusDays(10), 8);
        upstream.sendWithId(Topics.PLAN, id, EventTypes.SESSION_COMPLETED, patient, session4);
        PatientState first = upstream.awaitProcessed(patient, id);
        upstream.sendWithId(Topics.PLAN, id, EventTypes.SESSION_COMPLETED, patient, session4);
        PatientState after = afterMarker(Topics.PLAN);
        assertThat(after.rev()).isEqualTo(first.rev() + 1);
        assertThat(after.firstSession()).isEqualTo(DAY);

        List<Kafka.Event> checkpoints = Kafka.awaitExactly(patient, EventTypes.PROGRESS_UPDATED, 1).stream()
                .filter(e -> e.as(ProgressUpdatedV1.class).windowKind() == WindowKind.CHECKPOINT).toList();
        assertThat(checkpoints).hasSize(1);
    }

    @Test
    void earliestCompletedSessionIsTWhateverTheOrderOfArrival() {
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 2, DAY.plusDays(3), 8));
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, DAY, 8));
        assertThat(patients.find(patient).orElseThrow().firstSession()).isEqualTo(DAY);
    }

    @Test
    void baselineArrivingAfterTreatmentStartedIsAnnouncedAsCurrentProgress() {
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, DAY, 8));
        upstream.send(Topics.INTAKE, EventTypes.INTAKE_SCREENED, patient,
                Upstream.screened(patient, HeadachePhenotype.MIXED, 10, 10, 10, 4));
        List<ProgressUpdatedV1> current = Kafka.awaitExactly(patient, EventTypes.PROGRESS_UPDATED, 2).stream()
                .map(e -> e.as(ProgressUpdatedV1.class)).toList();
        assertThat(current).hasSize(2).allMatch(p -> p.windowKind() == WindowKind.CURRENT);
        assertThat(current.get(0).baseline()).isNull();
        assertThat(current.get(1).baseline().kind().name()).isEqualTo("RETROSPECTIVE");
        assertThat(current.get(1).baseline().headacheDaysPer28()).isEqualByComparingTo("10");
    }

    @Test
    void homeProgramAssignmentIsKept() {
        upstream.send(Topics.PLAN, EventTypes.HOME_PROGRAM_ASSIGNED, patient,
                Upstream.homeProgram(patient, DAY, HomeProgramFrequency.EVERY_OTHER_DAY));
        PatientState state = patients.find(patient).orElseThrow();
        assertThat(state.homeProgram().assignedOn()).isEqualTo(DAY);
        assertThat(state.homeProgram().frequency().name()).isEqualTo("EVERY_OTHER_DAY");
    }

    @Test
    void poisonMessageGoesToTheDeadLetterTopicAndConsumptionGoesOn() {
        String id = UUID.randomUUID().toString();
        Kafka.publish(Topics.PLAN, id, EventTypes.SESSION_COMPLETED, patient, "{not json");
        List<Kafka.Event> dead = Kafka.events(Topics.DIARY_DLQ, patient, e -> !e.isEmpty(),
                java.time.Duration.ofSeconds(20));
        assertThat(dead).extracting(Kafka.Event::id).contains(id);
        assertThat(afterMarker(Topics.PLAN).homeProgram()).isNotNull();
    }

    @Test
    void unknownEventTypesAreSkippedAndConsumptionGoesOn() {
        Kafka.publish(Topics.PLAN, UUID.randomUUID().toString(), "plan.something-new", patient, "{\"x\":1}");
        PatientState state = afterMarker(Topics.PLAN);
        assertThat(state.homeProgram()).isNotNull();
    }

    @Test
    void cancelledSessionsDoNotCountAsTheFirstTreatmentSession() {
        upstream.sendWithId(Topics.PLAN, UUID.randomUUID().toString(), EventTypes.SESSION_CANCELLED, patient,
                new SessionCancelledV1(UUID.randomUUID(), UUID.randomUUID(), patient, 1,
                        DAY.atTime(10, 0).atOffset(java.time.ZoneOffset.UTC), ZoneId.of("UTC"),
                        DAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC)));
        assertThat(afterMarker(Topics.PLAN).firstSession()).isNull();
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 1, DAY.plusDays(2), 8));
        assertThat(patients.find(patient).orElseThrow().firstSession()).isEqualTo(DAY.plusDays(2));
        Api.asPatient(patient).get("/api/v1/patients/" + patient + "/progress").then().statusCode(200)
                .body("firstTreatmentSession", org.hamcrest.Matchers.equalTo(DAY.plusDays(2).toString()));
    }
}
