package care.unknot.diary.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.NavigableMap;
import org.junit.jupiter.api.Test;

class ProgressCalculatorTest {

    private static final LocalDate T = LocalDate.of(2026, 3, 1);
    private static final RetrospectiveBaseline INTAKE = new RetrospectiveBaseline(10, 11, 13, 8);
    private final ProgressCalculator calculator = new ProgressCalculator(TestRules.defaults());

    private static PatientHistory history(NavigableMap<LocalDate, DayFacts> days, LocalDate t, String phenotype) {
        return new PatientHistory(days, t, INTAKE, phenotype, null);
    }

    @Test
    void baselineIsProspectiveWhenTheFourWeeksBeforeTAreUsable() {
        Days days = new Days().run(T.minusDays(28), 20, 12);
        Baseline baseline = calculator.baseline(history(days.map(), T, null));
        assertThat(baseline.kind()).isEqualTo(Baseline.Kind.PROSPECTIVE);
        assertThat(baseline.headacheDays()).isEqualTo(Fraction.of(12 * 28, 20));
    }

    @Test
    void baselineIsRetrospectiveFromTheIntakeWhenTheFourWeeksBeforeTAreNot() {
        Days days = new Days().run(T.minusDays(28), 19, 12);
        Baseline baseline = calculator.baseline(history(days.map(), T, null));
        assertThat(baseline.kind()).isEqualTo(Baseline.Kind.RETROSPECTIVE);
        assertThat(baseline.headacheDays()).isEqualTo(Fraction.of(34, 3));
        assertThat(baseline.medicationDays()).isEqualTo(Fraction.of(8));
        assertThat(baseline.migraineDays()).isNull();
    }

    @Test
    void daysFromTOnDoNotCountTowardsTheBaseline() {
        Days days = new Days().run(T.minusDays(28), 19, 12).run(T, 5, 5);
        assertThat(calculator.baseline(history(days.map(), T, null)).kind()).isEqualTo(Baseline.Kind.RETROSPECTIVE);
    }

    @Test
    void noBaselineWithoutUsableDiaryOrIntakeMeansInsufficientData() {
        Days days = new Days().run(T, 28, 3);
        Progress progress = calculator.progress(new PatientHistory(days.map(), T, null, null, null), T.plusDays(28));
        assertThat(progress.baseline()).isNull();
        assertThat(progress.current().responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
        assertThat(progress.current().metricReduction()).isNull();
    }

    @Test
    void beforeTheFirstSessionTheCurrentWindowIsAProvisionalBaseline() {
        Days days = new Days().run(T.minusDays(28), 28, 7);
        Progress progress = calculator.progress(history(days.map(), null, null), T);
        assertThat(progress.treatmentStarted()).isFalse();
        assertThat(progress.baseline().kind()).isEqualTo(Baseline.Kind.PROVISIONAL);
        assertThat(progress.baseline().headacheDays()).isEqualTo(Fraction.of(7));
        assertThat(progress.current().responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
        assertThat(progress.series()).isEmpty();
    }

    @Test
    void currentWindowIsThe28DaysEndingYesterday() {
        Days days = new Days().run(T.minusDays(28), 28, 14).run(T, 28, 7);
        Progress progress = calculator.progress(history(days.map(), T, null), T.plusDays(28));
        assertThat(progress.current().metrics().window()).isEqualTo(new DateWindow(T, T.plusDays(27)));
        assertThat(progress.current().metricReduction()).isEqualTo(Fraction.of(50));
        assertThat(progress.current().responderClass()).isEqualTo(ResponderClass.RESPONDER);
    }

    @Test
    void seriesHoldsConsecutiveCompleteWindowsFromT() {
        Days days = new Days().run(T.minusDays(28), 28, 10).run(T, 70, 0);
        Progress progress = calculator.progress(history(days.map(), T, null), T.plusDays(70));
        assertThat(progress.series()).extracting(w -> w.metrics().window()).containsExactly(
                new DateWindow(T, T.plusDays(27)), new DateWindow(T.plusDays(28), T.plusDays(55)));
        assertThat(progress.series()).allMatch(w -> w.responderClass() == ResponderClass.RESPONDER);
    }

    @Test
    void zeroBaselineIsInsufficientData() {
        Days days = new Days().run(T.minusDays(28), 28, 0).run(T, 28, 3);
        Progress progress = calculator.progress(history(days.map(), T, null), T.plusDays(28));
        assertThat(progress.baseline().kind()).isEqualTo(Baseline.Kind.PROSPECTIVE);
        assertThat(progress.baseline().headacheDays().isZero()).isTrue();
        assertThat(progress.current().responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
    }

    @Test
    void unusableWindowHasNoReduction() {
        Days days = new Days().run(T.minusDays(28), 28, 10).run(T, 19, 0);
        Progress progress = calculator.progress(history(days.map(), T, null), T.plusDays(28));
        assertThat(progress.current().metrics().usable()).isFalse();
        assertThat(progress.current().headacheReduction()).isNull();
        assertThat(progress.current().responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
    }

    @Test
    void migraineLikePatientsAreJudgedOnMigraineDaysAgainstAProspectiveBaseline() {
        Days days = new Days();
        for (int i = 0; i < 28; i++) {
            days.put(i < 10 ? Days.migraine(T.minusDays(28 - i)) : Days.headache(T.minusDays(28 - i), 5));
            days.put(i < 5 ? Days.migraine(T.plusDays(i)) : Days.headache(T.plusDays(i), 5));
        }
        WindowProgress current = calculator.progress(history(days.map(), T, "MIGRAINE_LIKE"), T.plusDays(28))
                .current();
        assertThat(current.metric()).isEqualTo(Metric.MIGRAINE_DAYS);
        assertThat(current.headacheReduction()).isEqualTo(Fraction.ZERO);
        assertThat(current.metricReduction()).isEqualTo(Fraction.of(50));
        assertThat(current.responderClass()).isEqualTo(ResponderClass.RESPONDER);
        WindowProgress mixed = calculator.progress(history(days.map(), T, "MIXED"), T.plusDays(28)).current();
        assertThat(mixed.metric()).isEqualTo(Metric.HEADACHE_DAYS);
        assertThat(mixed.responderClass()).isEqualTo(ResponderClass.NON_RESPONDER);
    }

    @Test
    void retrospectiveBaselineJudgesHeadacheDaysForEveryPhenotype() {
        Days days = new Days().run(T, 28, 5);
        WindowProgress current = calculator.progress(history(days.map(), T, "MIGRAINE_LIKE"), T.plusDays(28))
                .current();
        assertThat(current.metric()).isEqualTo(Metric.HEADACHE_DAYS);
        // (34/3 - 5) / (34/3) = 19/34
        assertThat(current.metricReduction()).isEqualTo(Fraction.of(1900, 34));
        assertThat(current.responderClass()).isEqualTo(ResponderClass.RESPONDER);
    }

    @Test
    void medicationDaysReductionAgainstTheIntakesAnyMedicationDays() {
        Days days = new Days().run(T, 28, 0);
        for (int i = 0; i < 4; i++) {
            days.put(Days.medication(T.plusDays(i), MedicationClass.SIMPLE_ANALGESIC));
        }
        WindowProgress current = calculator.progress(history(days.map(), T, null), T.plusDays(28)).current();
        assertThat(current.medicationReduction()).isEqualTo(Fraction.of(50));
    }

    @Test
    void earlyCheckpointWindowRunsFromTToTheDayBeforeSessionFour() {
        LocalDate session4 = T.plusDays(12);
        assertThat(calculator.earlyCheckpointWindow(T, session4)).isEqualTo(new DateWindow(T, T.plusDays(11)));
    }

    @Test
    void earlyCheckpointWindowKeepsAtMostTheLast28Days() {
        LocalDate session4 = T.plusDays(40);
        DateWindow window = calculator.earlyCheckpointWindow(T, session4);
        assertThat(window).isEqualTo(new DateWindow(T.plusDays(12), T.plusDays(39)));
        assertThat(window.days()).isEqualTo(28);
    }

    @Test
    void endCheckpointWindowIsThe28DaysBeforeIt() {
        LocalDate end = T.plusDays(30);
        assertThat(calculator.endCheckpointWindow(end)).isEqualTo(new DateWindow(T.plusDays(2), T.plusDays(29)));
    }

    @Test
    void shortCheckpointWindowIsJudgedOnNormalisedCounts() {
        Days days = new Days().run(T.minusDays(28), 28, 14).run(T, 8, 2).put(Days.headacheFree(T.plusDays(9)));
        WindowProgress checkpoint = calculator.checkpoint(history(days.map(), T, null),
                calculator.earlyCheckpointWindow(T, T.plusDays(12)));
        // 2 headache days in 9 logged of 12 days: 56/9 per 28 days against 14
        assertThat(checkpoint.metrics().usable()).isTrue();
        assertThat(checkpoint.metrics().normalised().headacheDays()).isEqualTo(Fraction.of(56, 9));
        assertThat(checkpoint.responderClass()).isEqualTo(ResponderClass.RESPONDER);
    }

    @Test
    void shortCheckpointWindowBelowFiveSeventhsIsInsufficientData() {
        Days days = new Days().run(T.minusDays(28), 28, 14).run(T, 8, 2);
        WindowProgress checkpoint = calculator.checkpoint(history(days.map(), T, null),
                calculator.earlyCheckpointWindow(T, T.plusDays(12)));
        assertThat(checkpoint.metrics().usable()).isFalse();
        assertThat(checkpoint.responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
    }
}
