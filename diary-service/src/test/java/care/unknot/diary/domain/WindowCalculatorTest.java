package care.unknot.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WindowCalculatorTest {

    private static final LocalDate START = LocalDate.of(2026, 2, 1);
    private static final DateWindow WINDOW = DateWindow.startingOn(START, 28);
    private final WindowCalculator calculator = new WindowCalculator(TestRules.defaults());

    @Test
    void windowWith19LoggedDaysIsUnusableAndShowsRawCountsOnly() {
        WindowMetrics metrics = calculator.measure(WINDOW, new Days().run(START, 19, 5).map(), null);
        assertThat(metrics.loggedDays()).isEqualTo(19);
        assertThat(metrics.usable()).isFalse();
        assertThat(metrics.raw().headacheDays()).isEqualTo(Fraction.of(5));
        assertThat(metrics.normalised()).isNull();
        assertThat(metrics.moh()).isNull();
        assertThat(metrics.meanPeakNrs()).isEqualTo(Fraction.of(5));
    }

    @Test
    void windowWith20LoggedDaysIsUsable() {
        WindowMetrics metrics = calculator.measure(WINDOW, new Days().run(START, 20, 5).map(), null);
        assertThat(metrics.usable()).isTrue();
        assertThat(metrics.normalised().headacheDays()).isEqualTo(Fraction.of(7));
        assertThat(metrics.moh()).isNotNull();
    }

    @Test
    void partlyLoggedWindowIsNormalisedExactlyTo28Days() {
        WindowMetrics metrics = calculator.measure(WINDOW, new Days().run(START, 21, 10).map(), null);
        assertThat(metrics.normalised().headacheDays()).isEqualTo(Fraction.of(40, 3));
        assertThat(metrics.normalised().headacheDays().rounded(1)).isEqualTo(new BigDecimal("13.3"));
    }

    @Test
    void missingDaysAreNotCountedAsHeadacheFree() {
        Days days = new Days();
        for (int i = 0; i < 28; i += 4) {
            days.put(Days.headacheFree(START.plusDays(i)));
        }
        days.run(START.plusDays(1), 3, 3).run(START.plusDays(5), 3, 3).run(START.plusDays(9), 3, 3)
                .run(START.plusDays(13), 3, 3).run(START.plusDays(17), 3, 3).run(START.plusDays(21), 3, 0);
        WindowMetrics metrics = calculator.measure(WINDOW, days.map(), null);
        assertThat(metrics.loggedDays()).isEqualTo(25);
        // 15 headache days in 25 logged days -> 16.8 per 28, not 15
        assertThat(metrics.normalised().headacheDays()).isEqualTo(Fraction.of(84, 5));
    }

    @Test
    void daysOutsideTheWindowAreIgnored() {
        Days days = new Days().run(START.minusDays(5), 40, 40);
        WindowMetrics metrics = calculator.measure(WINDOW, days.map(), null);
        assertThat(metrics.loggedDays()).isEqualTo(28);
        assertThat(metrics.raw().headacheDays()).isEqualTo(Fraction.of(28));
    }

    @Test
    void shortCheckpointWindowNeedsFiveSeventhsLogged() {
        assertThat(calculator.isUsable(7, 5)).isTrue();
        assertThat(calculator.isUsable(7, 4)).isFalse();
        assertThat(calculator.isUsable(14, 10)).isTrue();
        assertThat(calculator.isUsable(14, 9)).isFalse();
        assertThat(calculator.isUsable(10, 8)).isTrue();
        assertThat(calculator.isUsable(10, 7)).isFalse();
    }

    @Test
    void checkpointWindowShorterThanSevenDaysIsUnusable() {
        assertThat(calculator.isUsable(6, 6)).isFalse();
    }

    @Test
    void shortUsableWindowIsNormalisedTo28DaysWithoutMohStatus() {
        DateWindow shortWindow = DateWindow.startingOn(START, 10);
        WindowMetrics metrics = calculator.measure(shortWindow, new Days().run(START, 8, 2).map(), null);
        assertThat(metrics.usable()).isTrue();
        assertThat(metrics.normalised().headacheDays()).isEqualTo(Fraction.of(7));
        assertThat(metrics.moh()).isNull();
    }

    @Test
    void meanPeakNrsIsOverDaysWithEpisodesAndAbsentWithoutThem() {
        Days days = new Days().put(Days.headache(START, 4)).put(Days.headache(START.plusDays(1), 7))
                .put(Days.headacheFree(START.plusDays(2)));
        assertThat(calculator.measure(WINDOW, days.map(), null).meanPeakNrs()).isEqualTo(Fraction.of(11, 2));
        assertThat(calculator.measure(WINDOW, new Days().run(START, 20, 0).map(), null).meanPeakNrs()).isNull();
    }

    @Test
    void adherenceCountsDailyExercisesFromTheAssignmentDate() {
        Days days = new Days();
        for (int i = 0; i < 28; i++) {
            days.put(Days.exercised(START.plusDays(i)));
        }
        days.put(Days.headacheFree(START.plusDays(20)));
        HomeProgram program = new HomeProgram(START.plusDays(18), HomeProgram.Frequency.DAILY);
        // prescribed days 18..27 = 10, done 9 (day 20 logged without exercises); earlier exercises do not count
        assertThat(calculator.measure(WINDOW, days.map(), program).adherencePercent()).isEqualTo(Fraction.of(90));
    }

    @Test
    void unloggedDaysCountAsNotDone() {
        Days days = new Days().put(Days.exercised(START.plusDays(27)));
        HomeProgram program = new HomeProgram(START.plusDays(24), HomeProgram.Frequency.DAILY);
        assertThat(calculator.measure(WINDOW, days.map(), program).adherencePercent()).isEqualTo(Fraction.of(25));
    }

    @Test
    void everyOtherDayPrescribesHalfTheDaysRoundedUpAndIsCappedAt100() {
        Days days = new Days();
        for (int i = 0; i < 28; i++) {
            days.put(Days.exercised(START.plusDays(i)));
        }
        HomeProgram program = new HomeProgram(START.plusDays(23), HomeProgram.Frequency.EVERY_OTHER_DAY);
        assertThat(program.prescribedDays(5)).isEqualTo(3);
        assertThat(calculator.measure(WINDOW, days.map(), program).adherencePercent()).isEqualTo(Fraction.of(100));
        Days twoDone = new Days().put(Days.exercised(START.plusDays(24))).put(Days.exercised(START.plusDays(26)));
        assertThat(calculator.measure(WINDOW, twoDone.map(), program).adherencePercent())
                .isEqualTo(Fraction.of(200, 3));
    }

    @Test
    void adherenceIsAbsentWithoutPrescribedDays() {
        HomeProgram later = new HomeProgram(WINDOW.end().plusDays(1), HomeProgram.Frequency.DAILY);
        assertThat(calculator.measure(WINDOW, new Days().run(START, 28, 0).map(), later).adherencePercent()).isNull();
        assertThat(calculator.measure(WINDOW, new Days().run(START, 28, 0).map(), null).adherencePercent()).isNull();
    }

    @Test
    void medicationDaysAreCountedInTotalAndPerClass() {
        Days days = new Days().run(START, 20, 0)
                .put(Days.medication(START, MedicationClass.SIMPLE_ANALGESIC, MedicationClass.TRIPTAN))
                .put(Days.medication(START.plusDays(1), MedicationClass.SIMPLE_ANALGESIC));
        WindowMetrics metrics = calculator.measure(WINDOW, days.map(), null);
        assertThat(metrics.raw().medicationDays()).isEqualTo(Fraction.of(2));
        assertThat(metrics.raw().medicationDaysByClass().get(MedicationClass.SIMPLE_ANALGESIC))
                .isEqualTo(Fraction.of(2));
        assertThat(metrics.raw().medicationDaysByClass().get(MedicationClass.TRIPTAN)).isEqualTo(Fraction.of(1));
        assertThat(metrics.normalised().medicationDays()).isEqualTo(Fraction.of(14, 5));
    }

    @Test
    void unusableWindowStillShowsLoggedDaysMeanPeakNrsAndAdherence() {
        Days days = new Days().run(START, 19, 2);
        days.put(Days.exercised(START.plusDays(18)));
        HomeProgram program = new HomeProgram(START.plusDays(18), HomeProgram.Frequency.DAILY);
        WindowMetrics metrics = calculator.measure(WINDOW, days.map(), program);
        assertThat(metrics.usable()).isFalse();
        assertThat(metrics.loggedDays()).isEqualTo(19);
        assertThat(metrics.raw().headacheDays()).isEqualTo(Fraction.of(2));
        assertThat(metrics.meanPeakNrs()).isEqualTo(Fraction.of(5));
        // prescribed days 18..27 = 10, done 1
        assertThat(metrics.adherencePercent()).isEqualTo(Fraction.of(10));
        assertThat(metrics.normalised()).isNull();
        assertThat(metrics.moh()).isNull();
    }

    @Test
    void shortWindowUsabilityIsTheExactFractionFiveSevenths() {
        // 21 days: 15 = 21 x 5/7 exactly; 27 days: 27 x 5/7 = 19.28..., so 19 is too few and 20 enough
        assertThat(calculator.isUsable(21, 15)).isTrue();
        assertThat(calculator.isUsable(21, 14)).isFalse();
        assertThat(calculator.isUsable(27, 20)).isTrue();
        assertThat(calculator.isUsable(27, 19)).isFalse();
        assertThat(calculator.isUsable(8, 6)).isTrue();
        assertThat(calculator.isUsable(8, 5)).isFalse();
        assertThat(calculator.isUsable(0, 0)).isFalse();
    }

    @Test
    void a28DayWindowNeeds20LoggedDays() {
        assertThat(calculator.isUsable(28, 20)).isTrue();
        assertThat(calculator.isUsable(28, 19)).isFalse();
    }

    @Test
    void onlyA28DayWindowHasAnMohStatus() {
        Days days = new Days().run(START, 28, 0);
        assertThat(calculator.measure(DateWindow.startingOn(START, 28), days.map(), null).moh()).isNotNull();
        WindowMetrics shorter = calculator.measure(DateWindow.startingOn(START, 27), days.map(), null);
        assertThat(shorter.usable()).isTrue();
        assertThat(shorter.moh()).isNull();
    }

    @Test
    void everyOtherDayRoundsHalfTheDaysUp() {
        HomeProgram program = new HomeProgram(START, HomeProgram.Frequency.EVERY_OTHER_DAY);
        assertThat(program.prescribedDays(1)).isEqualTo(1);
        assertThat(program.prescribedDays(2)).isEqualTo(1);
        assertThat(program.prescribedDays(7)).isEqualTo(4);
        assertThat(program.prescribedDays(28)).isEqualTo(14);
        assertThat(new HomeProgram(START, HomeProgram.Frequency.DAILY).prescribedDays(7)).isEqualTo(7);
    }

    @Test
    void adherenceOnTheAssignmentDayItselfCountsAndTheDayBeforeDoesNot() {
        Days days = new Days().put(Days.exercised(START.plusDays(26))).put(Days.exercised(START.plusDays(27)));
        HomeProgram program = new HomeProgram(START.plusDays(27), HomeProgram.Frequency.DAILY);
        assertThat(calculator.measure(WINDOW, days.map(), program).adherencePercent()).isEqualTo(Fraction.of(100));
    }
}
