package care.unknot.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertRulesTest {

    private static final LocalDate LAST = LocalDate.of(2026, 5, 10);
    private final GapDetector gaps = new GapDetector(TestRules.defaults().entries().gapDays());
    private final EditWindow editWindow = new EditWindow(TestRules.defaults().entries().editWindowDays());

    @Test
    void gapIsRaisedOnlyOnceTheThirdEmptyDayHasEnded() {
        assertThat(gaps.detect(LAST, null, LAST.plusDays(3))).isEmpty();
        assertThat(gaps.detect(LAST, null, LAST.plusDays(4)))
                .contains(new GapDetector.Gap(LAST, LAST.plusDays(1), LAST.plusDays(3)));
    }

    @Test
    void gapIsRaisedOncePerGap() {
        GapDetector.Gap gap = gaps.detect(LAST, null, LAST.plusDays(4)).orElseThrow();
        assertThat(gaps.detect(LAST, gap.lastEmptyDay(), LAST.plusDays(9))).isEmpty();
        LocalDate newer = LAST.plusDays(10);
        assertThat(gaps.detect(newer, gap.lastEmptyDay(), newer.plusDays(4))).isPresent();
    }

    @Test
    void noGapBeforeAFirstEntry() {
        assertThat(gaps.detect(null, null, LAST.plusDays(30))).isEmpty();
    }

    @Test
    void entryIsEditableThroughTheSeventhDayAfterItsDate() {
        assertThat(editWindow.isClosed(LAST, LAST.plusDays(7))).isFalse();
        assertThat(editWindow.isClosed(LAST, LAST.plusDays(8))).isTrue();
    }

    @Test
    void futureDatesAreRefused() {
        assertThat(editWindow.isFuture(LAST.plusDays(1), LAST)).isTrue();
        assertThat(editWindow.isFuture(LAST, LAST)).isFalse();
    }

    @Test
    void emergencyRedFlagsGetEmergencyWording() {
        for (RedFlag flag : Set.of(RedFlag.SUDDEN_WORST_HEADACHE, RedFlag.WEAKNESS, RedFlag.VISION_LOSS,
                RedFlag.CONFUSION)) {
            assertThat(PatientGuidance.forRedFlags(Set.of(flag)).level()).isEqualTo(PatientGuidance.Level.EMERGENCY);
        }
        assertThat(PatientGuidance.forRedFlags(Set.of(RedFlag.NUMBNESS, RedFlag.CONFUSION)).level())
                .isEqualTo(PatientGuidance.Level.EMERGENCY);
    }

    @Test
    void otherRedFlagsSayStopSelfTreatmentAndSeekCare() {
        PatientGuidance guidance = PatientGuidance.forRedFlags(Set.of(RedFlag.DIZZINESS_AFTER_TREATMENT));
        assertThat(guidance.level()).isEqualTo(PatientGuidance.Level.SEEK_CARE);
        assertThat(guidance.message()).contains("Stop self-treatment");
        assertThat(PatientGuidance.forRedFlags(Set.of())).isNull();
    }

    @Test
    void numbnessAloneIsNotEmergencyWording() {
        PatientGuidance guidance = PatientGuidance.forRedFlags(Set.of(RedFlag.NUMBNESS));
        assertThat(guidance.level()).isEqualTo(PatientGuidance.Level.SEEK_CARE);
        assertThat(guidance.message()).contains("Stop self-treatment").doesNotContain("emergency");
        assertThat(PatientGuidance.forRedFlags(Set.of(RedFlag.NUMBNESS, RedFlag.DIZZINESS_AFTER_TREATMENT)).level())
                .isEqualTo(PatientGuidance.Level.SEEK_CARE);
    }

    @Test
    void emergencyWordingSaysEmergencyAndStopSelfTreatment() {
        assertThat(PatientGuidance.forRedFlags(Set.of(RedFlag.WEAKNESS)).message())
                .contains("emergency").contains("Stop self-treatment");
    }

    @Test
    void aLaterEntryStartsANewWatchAndTheNewGapIsRaisedAfterItsThirdEmptyDay() {
        LocalDate raisedThrough = LAST.plusDays(3);
        LocalDate next = LAST.plusDays(4);
        assertThat(gaps.detect(next, raisedThrough, next.plusDays(3))).isEmpty();
        assertThat(gaps.detect(next, raisedThrough, next.plusDays(4)))
                .contains(new GapDetector.Gap(next, next.plusDays(1), next.plusDays(3)));
    }

    @Test
    void twoEmptyDaysAreNoGap() {
        assertThat(gaps.detect(LAST, null, LAST.plusDays(3))).isEmpty();
        assertThat(gaps.detect(LAST, null, LAST.plusDays(1))).isEmpty();
    }
}
