package care.unknot.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MohAlertStateTest {

    private static final LocalDate DAY = LocalDate.of(2026, 4, 1);
    private static final MohStatus MET = new MohStatus(List.of(MohThreshold.TRIPTAN));
    private static final MohStatus NONE = new MohStatus(List.of());
    private final int offAfter = TestRules.defaults().moh().offAfterDays();

    @Test
    void firstDayWithAThresholdIsOneCrossingNamingIt() {
        MohAlertState.Step step = MohAlertState.INITIAL.evaluate(DAY, MET, offAfter);
        assertThat(step.crossing()).containsExactly(MohThreshold.TRIPTAN);
        assertThat(step.state().on()).isTrue();
        MohAlertState.Step next = step.state().evaluate(DAY.plusDays(1), MET, offAfter);
        assertThat(next.crossed()).isFalse();
        assertThat(next.state().on()).isTrue();
    }

    @Test
    void turnsOffOnTheSeventhConsecutiveDayWithNoneMet() {
        MohAlertState state = MohAlertState.INITIAL.evaluate(DAY, MET, offAfter).state();
        for (int i = 1; i <= 6; i++) {
            MohAlertState.Step step = state.evaluate(DAY.plusDays(i), NONE, offAfter);
            assertThat(step.turnedOff()).isFalse();
            state = step.state();
        }
        assertThat(state.on()).isTrue();
        assertThat(state.daysWithoutThreshold()).isEqualTo(6);
        MohAlertState.Step seventh = state.evaluate(DAY.plusDays(7), NONE, offAfter);
        assertThat(seventh.turnedOff()).isTrue();
        assertThat(seventh.state().on()).isFalse();
    }

    @Test
    void aThresholdDayResetsTheQuietCount() {
        MohAlertState state = MohAlertState.INITIAL.evaluate(DAY, MET, offAfter).state();
        for (int i = 1; i <= 5; i++) {
            state = state.evaluate(DAY.plusDays(i), NONE, offAfter).state();
        }
        MohAlertState.Step again = state.evaluate(DAY.plusDays(6), MET, offAfter);
        assertThat(again.crossed()).isFalse();
        assertThat(again.state().daysWithoutThreshold()).isZero();
    }

    @Test
    void unusableDayLeavesStateAndCountAsTheyWere() {
        MohAlertState state = MohAlertState.INITIAL.evaluate(DAY, MET, offAfter).state();
        for (int i = 1; i <= 6; i++) {
            state = state.evaluate(DAY.plusDays(i), NONE, offAfter).state();
        }
        MohAlertState.Step unusable = state.evaluate(DAY.plusDays(7), null, offAfter);
        assertThat(unusable.state().on()).isTrue();
        assertThat(unusable.state().daysWithoutThreshold()).isEqualTo(6);
        assertThat(unusable.state().evaluate(DAY.plusDays(8), NONE, offAfter).turnedOff()).isTrue();
    }

    @Test
    void crossingAgainAfterTurningOffIsANewCrossing() {
        MohAlertState state = MohAlertState.INITIAL.evaluate(DAY, MET, offAfter).state();
        for (int i = 1; i <= 7; i++) {
            state = state.evaluate(DAY.plusDays(i), NONE, offAfter).state();
        }
        assertThat(state.on()).isFalse();
        assertThat(state.evaluate(DAY.plusDays(8), MET, offAfter).crossed()).isTrue();
    }

    @Test
    void evaluatingTheSameDayTwiceChangesNothing() {
        MohAlertState state = MohAlertState.INITIAL.evaluate(DAY, NONE, offAfter).state();
        MohAlertState.Step again = state.evaluate(DAY, MET, offAfter);
        assertThat(again.crossed()).isFalse();
        assertThat(again.state()).isEqualTo(state);
    }

    @Test
    void noThresholdWhileOffStaysOff() {
        MohAlertState.Step step = MohAlertState.INITIAL.evaluate(DAY, NONE, offAfter);
        assertThat(step.state().on()).isFalse();
        assertThat(step.crossed()).isFalse();
        assertThat(step.turnedOff()).isFalse();
    }

    @Test
    void aCrossingNamesEveryThresholdMet() {
        MohStatus several = new MohStatus(List.of(MohThreshold.SIMPLE_ANALGESIC, MohThreshold.OPIOID,
                MohThreshold.MULTIPLE_CLASSES));
        MohAlertState.Step step = MohAlertState.INITIAL.evaluate(DAY, several, offAfter);
        assertThat(step.crossing()).containsExactly(MohThreshold.SIMPLE_ANALGESIC, MohThreshold.OPIOID,
                MohThreshold.MULTIPLE_CLASSES);
    }

    @Test
    void unusableDaysWhileOffNeitherCrossNorCount() {
        MohAlertState.Step step = MohAlertState.INITIAL.evaluate(DAY, null, offAfter);
        assertThat(step.state().on()).isFalse();
        assertThat(step.crossed()).isFalse();
        assertThat(step.state().daysWithoutThreshold()).isZero();
        assertThat(step.state().evaluate(DAY.plusDays(1), MET, offAfter).crossed()).isTrue();
    }

    @Test
    void unusableDaysInTheMiddleDoNotResetTheQuietCount() {
        MohAlertState state = MohAlertState.INITIAL.evaluate(DAY, MET, offAfter).state();
        for (int i = 1; i <= 3; i++) {
            state = state.evaluate(DAY.plusDays(i), NONE, offAfter).state();
        }
        for (int i = 4; i <= 6; i++) {
            state = state.evaluate(DAY.plusDays(i), null, offAfter).state();
        }
        assertThat(state.daysWithoutThreshold()).isEqualTo(3);
        for (int i = 7; i <= 9; i++) {
            MohAlertState.Step step = state.evaluate(DAY.plusDays(i), NONE, offAfter);
            assertThat(step.turnedOff()).isFalse();
            state = step.state();
        }
        assertThat(state.evaluate(DAY.plusDays(10), NONE, offAfter).turnedOff()).isTrue();
    }
}
