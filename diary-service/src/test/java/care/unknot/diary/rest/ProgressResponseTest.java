package care.unknot.diary.rest;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.Metric;
import care.unknot.diary.domain.MohStatus;
import care.unknot.diary.domain.Progress;
import care.unknot.diary.domain.ResponderClass;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What progress shows: one decimal rounded half up, absent figures null, unusable windows raw only. */
class ProgressResponseTest {

    private static final LocalDate T = LocalDate.of(2026, 3, 1);
    private static final DateWindow WINDOW = DateWindow.startingOn(T, 28);

    private static WindowMetrics.Counts counts(Fraction value) {
        Map<MedicationClass, Fraction> byClass = new EnumMap<>(MedicationClass.class);
        for (MedicationClass c : MedicationClass.values()) {
            byClass.put(c, value);
        }
        return new WindowMetrics.Counts(value, value, value, value, byClass, value);
    }

    private static ProgressResponse.WindowView show(WindowProgress progress) {
        Baseline baseline = new Baseline(Baseline.Kind.RETROSPECTIVE, null, Fraction.of(12), null, Fraction.of(8));
        return ProgressResponse.of(new Progress(T.plusDays(28), T, baseline, progress, List.of()), 1).current();
    }

    @Test
    void figuresAreShownToOneDecimalRoundedHalfUp() {
        // 6.25 (1/16 x 100) and 8.45 are ties: half up gives 6.3 and 8.5 where half even would give 6.2 and 8.4
        WindowMetrics metrics = new WindowMetrics(WINDOW, 20, true, counts(Fraction.of(169, 20)),
                counts(Fraction.of(169, 20)), Fraction.of(1, 20), Fraction.of(100, 16), new MohStatus(List.of()));
        ProgressResponse.WindowView view = show(new WindowProgress(metrics, Metric.HEADACHE_DAYS,
                Fraction.of(-45, 2), null, Fraction.of(-45, 2), ResponderClass.NON_RESPONDER, Fraction.of(1, 3)));
        assertThat(view.adherencePercent()).isEqualTo(new BigDecimal("6.3"));
        assertThat(view.normalised().headacheDays()).isEqualTo(new BigDecimal("8.5"));
        assertThat(view.normalised().acuteMedicationDaysByClass().get(MedicationClass.TRIPTAN))
                .isEqualTo(new BigDecimal("8.5"));
        assertThat(view.meanPeakNrs()).isEqualTo(new BigDecimal("0.1"));
        assertThat(view.medicationDaysReductionPercent()).isEqualTo(new BigDecimal("0.3"));
        assertThat(view.reductionPercent()).isEqualTo(new BigDecimal("-22.5"));
        assertThat(view.migraineDaysReductionPercent()).isNull();
        assertThat(view.moh().thresholdMet()).isFalse();
    }

    @Test
    void exactThirtyIsShownAsThirty() {
        WindowMetrics metrics = new WindowMetrics(WINDOW, 20, true, counts(Fraction.of(6)),
                counts(Fraction.of(42, 5)), null, null, new MohStatus(List.of()));
        ProgressResponse.WindowView view = show(new WindowProgress(metrics, Metric.HEADACHE_DAYS, Fraction.of(30),
                null, Fraction.of(30), ResponderClass.PARTIAL, null));
        assertThat(view.reductionPercent()).isEqualTo(new BigDecimal("30.0"));
        assertThat(view.responderClass()).isEqualTo("PARTIAL");
        assertThat(view.meanPeakNrs()).isNull();
        assertThat(view.adherencePercent()).isNull();
    }

    @Test
    void unusableWindowShowsRawCountsLoggedDaysMeanPeakAndAdherenceOnly() {
        WindowMetrics metrics = new WindowMetrics(WINDOW, 19, false, counts(Fraction.of(5)), null,
                Fraction.of(11, 2), Fraction.of(40), null);
        ProgressResponse.WindowView view = show(new WindowProgress(metrics, Metric.HEADACHE_DAYS, null, null, null,
                ResponderClass.INSUFFICIENT_DATA, null));
        assertThat(view.usable()).isFalse();
        assertThat(view.loggedDays()).isEqualTo(19);
        assertThat(view.raw().headacheDays()).isEqualTo(5); // raw counts are integers
        assertThat(view.meanPeakNrs()).isEqualTo(new BigDecimal("5.5"));
        assertThat(view.adherencePercent()).isEqualTo(new BigDecimal("40.0"));
        assertThat(view.normalised()).isNull();
        assertThat(view.reductionPercent()).isNull();
        assertThat(view.headacheDaysReductionPercent()).isNull();
        assertThat(view.medicationDaysReductionPercent()).isNull();
        assertThat(view.moh()).isNull();
        assertThat(view.responderClass()).isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    void beforeTreatmentTheStatusSaysTreatmentNotStarted() {
        WindowMetrics metrics = new WindowMetrics(WINDOW, 28, true, counts(Fraction.of(7)), counts(Fraction.of(7)),
                null, null, new MohStatus(List.of()));
        WindowProgress current = new WindowProgress(metrics, Metric.HEADACHE_DAYS, null, null, null,
                ResponderClass.INSUFFICIENT_DATA, null);
        Baseline provisional = new Baseline(Baseline.Kind.PROVISIONAL, metrics, Fraction.of(7), Fraction.of(7),
                Fraction.of(7));
        ProgressResponse response = ProgressResponse.of(new Progress(T, null, provisional, current, List.of()), 1);
        assertThat(response.treatmentStarted()).isFalse();
        assertThat(response.status()).isEqualTo("TREATMENT_NOT_STARTED");
        assertThat(response.baseline().kind()).isEqualTo(Baseline.Kind.PROVISIONAL);
        assertThat(response.firstTreatmentSession()).isNull();
    }
}
