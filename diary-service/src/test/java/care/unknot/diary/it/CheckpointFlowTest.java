package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressMetric;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.ResponderClass;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** domain.md 2.4: session.completed for session 4 and the program's last session publish checkpoint windows. */
@QuarkusTest
class CheckpointFlowTest {

    private static final LocalDate T = LocalDate.of(2026, 5, 1);

    @Inject
    PatientRepository patients;

    @Inject
    MutableClock clock;

    private final UUID patient = UUID.randomUUID();

    private List<ProgressUpdatedV1> checkpoints(int count) {
        return Kafka.checkpoints(patient, count);
    }

    @Test
    void sessionFourAndProgramEndCheckpointsAgainstAProspectiveBaseline() {
        Upstream upstream = new Upstream(patients);
        // baseline T-28 .. T-1: fully logged, 12 headache days
        Diary.log(clock, patient, T.minusDays(28), 28, i -> i < 12 ? Api.headache(40, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, T, 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, T, 8));
        // T .. T+10 fully logged with 2 headache days; session 4 on T+11
        Diary.log(clock, patient, T, 11, i -> i < 2 ? Api.headache(40, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, T.plusDays(11), 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 4, T.plusDays(11), 8));

        ProgressUpdatedV1 early = checkpoints(1).get(0);
        assertThat(early.checkpoint().kind()).isEqualTo(CheckpointKind.SESSION_4);
        assertThat(early.checkpoint().checkpointDate()).isEqualTo(T.plusDays(11));
        assertThat(early.windowStart()).isEqualTo(T);
        assertThat(early.windowEnd()).isEqualTo(T.plusDays(10));
        assertThat(early.windowDays()).isEqualTo(11);
        assertThat(early.usable()).isTrue();
        assertThat(early.baseline().kind()).isEqualTo(ProgressBaselineKind.PROSPECTIVE);
        assertThat(early.baseline().headacheDaysPer28()).isEqualByComparingTo("12");
        // 2 x 28 / 11 = 5.0909...; (12 - 56/11) / 12 = 57.57...%
        assertThat(early.headacheDaysPer28()).isEqualByComparingTo("5.0909");
        assertThat(early.responderClass()).isEqualTo(ResponderClass.RESPONDER);
        assertThat(early.mohStatus()).isNull();

        // T+11 .. T+27: 9 more logged days (20 of 28) with 4 more headache days: 6 x 28 / 20 = 8.4, exactly 30 %
        Set<Integer> logged = Set.of(0, 2, 4, 6, 8, 10, 12, 14, 16);
        Diary.log(clock, patient, T.plusDays(11), 17, i -> !logged.contains(i) ? null
                : i < 8 ? Api.headache(40, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, T.plusDays(28), 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 8, T.plusDays(28), 8));

        ProgressUpdatedV1 end = checkpoints(2).get(1);
        assertThat(end.checkpoint().kind()).isEqualTo(CheckpointKind.PROGRAM_END);
        assertThat(end.windowStart()).isEqualTo(T);
        assertThat(end.windowEnd()).isEqualTo(T.plusDays(27));
        assertThat(end.loggedDays()).isEqualTo(20);
        assertThat(end.headacheDaysPer28()).isEqualByComparingTo("8.4");
        assertThat(end.headacheDaysReductionPercent()).isEqualTo(new BigDecimal("30"));
        assertThat(end.responderMetric()).isEqualTo(ProgressMetric.HEADACHE_DAYS);
        assertThat(end.responderClass()).isEqualTo(ResponderClass.PARTIAL);
        assertThat(end.mohStatus()).isNotNull();
    }

    @Test
    void checkpointAgainstARetrospectiveBaselineWhenTheDiaryBeforeTIsUnusable() {
        Upstream upstream = new Upstream(patients);
        Diary.at(clock, T, 8);
        upstream.send(Topics.INTAKE, EventTypes.INTAKE_SCREENED, patient,
                Upstream.screened(patient, HeadachePhenotype.MIGRAINE_LIKE, 12, 14, 18, 11));
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, T, 8));
        Diary.log(clock, patient, T, 7, i -> i < 2 ? Api.headache(40, 5) : Api.HEADACHE_FREE);
        Diary.at(clock, T.plusDays(7), 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 4, T.plusDays(7), 8));

        ProgressUpdatedV1 early = checkpoints(1).get(0);
        assertThat(early.baseline().kind()).isEqualTo(ProgressBaselineKind.RETROSPECTIVE);
        assertThat(early.baseline().headacheDaysPer28()).isEqualByComparingTo("14.6666");
        assertThat(early.responderMetric()).isEqualTo(ProgressMetric.HEADACHE_DAYS);
        // 8 per 28 against 44/3: 45.45 %
        assertThat(early.headacheDaysPer28()).isEqualByComparingTo("8");
        assertThat(early.responderClass()).isEqualTo(ResponderClass.PARTIAL);
    }

    @Test
    void unusableCheckpointWindowIsInsufficientData() {
        Upstream upstream = new Upstream(patients);
        Diary.at(clock, T, 8);
        upstream.send(Topics.INTAKE, EventTypes.INTAKE_SCREENED, patient,
                Upstream.screened(patient, HeadachePhenotype.TENSION_TYPE_LIKE, 10, 10, 10, 5));
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient, Upstream.session(patient, 1, T, 8));
        Diary.log(clock, patient, T, 7, i -> i < 4 ? Api.HEADACHE_FREE : null);
        Diary.at(clock, T.plusDays(7), 18);
        upstream.send(Topics.PLAN, EventTypes.SESSION_COMPLETED, patient,
                Upstream.session(patient, 4, T.plusDays(7), 8));

        ProgressUpdatedV1 early = checkpoints(1).get(0);
        assertThat(early.usable()).isFalse();
        assertThat(early.headacheDaysPer28()).isNull();
        assertThat(early.headacheDaysReductionPercent()).isNull();
        assertThat(early.responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
    }
}
