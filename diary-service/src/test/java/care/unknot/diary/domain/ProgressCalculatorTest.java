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

    @Test
    void prospectiveBaselineIsExactlyTMinus28ToTMinus1() {
        // 20 logged days T-20 .. T-1: usable only if the window ends on T-1
        Days days = new Days().run(T.minusDays(20), 20, 10);
        Baseline baseline = calculator.baseline(history(days.map(), T, null));
        assertThat(baseline.kind()).isEqualTo(Baseline.Kind.PROSPECTIVE);
        assertThat(baseline.window().window()).isEqualTo(new DateWindow(T.minusDays(28), T.minusDays(1)));
        assertThat(baseline.headacheDays()).isEqualTo(Fraction.of(14));
        // and T-28 is in it: 19 days T-19 .. T-1 plus T-28 make 20
        Days withFirstDay = new Days().run(T.minusDays(19), 19, 0).put(Days.headacheFree(T.minusDays(28)));
        assertThat(calculator.baseline(history(withFirstDay.map(), T, null)).kind())
                .isEqualTo(Baseline.Kind.PROSPECTIVE);
        Days withDayBefore = new Days().run(T.minusDays(19), 19, 0).put(Days.headacheFree(T.minusDays(29)));
        assertThat(calculator.baseline(history(withDayBefore.map(), T, null)).kind())
                .isEqualTo(Baseline.Kind.RETROSPECTIVE);
    }

    @Test
    void retrospectiveBaselineIsTheMeanOfTheThreeMonthsTakenAsPer28Days() {
        Baseline baseline = new RetrospectiveBaseline(10, 10, 11, 12).toBaseline();
        assertThat(baseline.kind()).isEqualTo(Baseline.Kind.RETROSPECTIVE);
        assertThat(baseline.headacheDays()).isEqualTo(Fraction.of(31, 3));
        assertThat(baseline.medicationDays()).isEqualTo(Fraction.of(12));
        assertThat(new RetrospectiveBaseline(10, 10, 11, null).toBaseline().medicationDays()).isNull();
    }

    @Test
    void medicationDaysReductionAgainstAProspectiveBaselineUsesTheDiarysMedicationDays() {
        Days days = new Days().run(T.minusDays(28), 28, 0).run(T, 28, 0);
        for (int i = 0; i < 8; i++) {
            days.put(Days.medication(T.minusDays(28 - i), MedicationClass.OTHER));
        }
        for (int i = 0; i < 6; i++) {
            days.put(Days.medication(T.plusDays(i), MedicationClass.SIMPLE_ANALGESIC));
        }
        WindowProgress current = calculator.progress(history(days.map(), T, null), T.plusDays(28)).current();
        assertThat(current.medicationReduction()).isEqualTo(Fraction.of(25));
    }

    @Test
    void beforeTreatmentAnUnusableCurrentWindowGivesAProvisionalBaselineWithoutFigures() {
        Days days = new Days().run(T.minusDays(28), 19, 7);
        Progress progress = calculator.progress(history(days.map(), null, null), T);
        assertThat(progress.baseline().kind()).isEqualTo(Baseline.Kind.PROVISIONAL);
        assertThat(progress.baseline().headacheDays()).isNull();
        assertThat(progress.baseline().medicationDays()).isNull();
        assertThat(progress.current().metrics().raw().headacheDays()).isEqualTo(Fraction.of(7));
    }

    @Test
    void firstSessionTodayHasNoSeriesAndComparesTheWindowBeforeT() {
        Days days = new Days().run(T.minusDays(28), 28, 10);
        Progress progress = calculator.progress(history(days.map(), T, null), T);
        assertThat(progress.treatmentStarted()).isTrue();
        assertThat(progress.series()).isEmpty();
        assertThat(progress.current().metrics().window()).isEqualTo(new DateWindow(T.minusDays(28), T.minusDays(1)));
        assertThat(calculator.progress(history(days.map(), T, null), T.plusDays(27)).series()).isEmpty();
        assertThat(calculator.progress(history(days.map(), T, null), T.plusDays(28)).series()).hasSize(1);
    }

    @Test
    void earlyCheckpointWindowOf28And29Days() {
        assertThat(calculator.earlyCheckpointWindow(T, T.plusDays(28))).isEqualTo(new DateWindow(T, T.plusDays(27)));
        assertThat(calculator.earlyCheckpointWindow(T, T.plusDays(29)))
                .isEqualTo(new DateWindow(T.plusDays(1), T.plusDays(28)));
        assertThat(calculator.earlyCheckpointWindow(T, T.plusDays(1))).isEqualTo(new DateWindow(T, T));
        assertThat(calculator.earlyCheckpointWindow(T, T).days()).isZero();
    }

    @Test
    void earlyCheckpointWindowOfSevenDaysNeedsFiveLogged() {
        Days days = new Days().run(T.minusDays(28), 28, 14).run(T, 5, 1);
        PatientHistory history = history(days.map(), T, null);
        WindowProgress sevenDays = calculator.checkpoint(history, calculator.earlyCheckpointWindow(T, T.plusDays(7)));
        assertThat(sevenDays.metrics().window().days()).isEqualTo(7);
        assertThat(sevenDays.metrics().usable()).isTrue();
        // 1 x 28 / 5 = 5.6 against 14: 60 %
        assertThat(sevenDays.metricReduction()).isEqualTo(Fraction.of(60));
        WindowProgress sixDays = calculator.checkpoint(history, calculator.earlyCheckpointWindow(T, T.plusDays(6)));
        assertThat(sixDays.metrics().usable()).isFalse();
        assertThat(sixDays.responderClass()).isEqualTo(ResponderClass.INSUFFICIENT_DATA);
        Days fourLogged = new Days().run(T.minusDays(28), 28, 14).run(T, 4, 1);
        assertThat(calculator.checkpoint(history(fourLogged.map(), T, null),
                calculator.earlyCheckpointWindow(T, T.plusDays(7))).metrics().usable()).isFalse();
    }

    @Test
    void programEndCheckpointIsJudgedOnThe28DaysBeforeItWithTheMigraineMetric() {
        Days days = new Days();
        for (int i = 0; i < 28; i++) {
            days.put(i < 10 ? Days.migraine(T.minusDays(28 - i)) : Days.headacheFree(T.minusDays(28 - i)));
        }
        LocalDate end = T.plusDays(40);
        // 28 days end-28 .. end-1: 7 migraine days, 20 logged; the day of the checkpoint itself is a migraine day
        for (int i = 0; i < 20; i++) {
            LocalDate date = end.minusDays(28 - i);
            days.put(i < 5 ? Days.migraine(date) : Days.headacheFree(date));
        }
        days.put(Days.migraine(end)).put(Days.migraine(end.minusDays(29)));
        WindowProgress result = calculator.checkpoint(history(days.map(), T, "MIGRAINE_LIKE"),
                calculator.endCheckpointWindow(end));
        assertThat(result.metrics().loggedDays()).isEqualTo(20);
        assertThat(result.metric()).isEqualTo(Metric.MIGRAINE_DAYS);
        // 5 x 28 / 20 = 7 against 10: exactly 30 %
        assertThat(result.metricReduction()).isEqualTo(Fraction.of(30));
        assertThat(result.responderClass()).isEqualTo(ResponderClass.PARTIAL);
        assertThat(result.metrics().moh()).isNotNull();
    }
}
