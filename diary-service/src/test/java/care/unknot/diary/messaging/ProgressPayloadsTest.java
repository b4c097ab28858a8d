package care.unknot.diary.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.Metric;
import care.unknot.diary.domain.ResponderClass;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressPayloadsTest {

    private static final DateWindow WINDOW = DateWindow.startingOn(LocalDate.of(2026, 3, 1), 28);

    private static WindowMetrics.Counts counts(Fraction headache) {
        return new WindowMetrics.Counts(headache, Fraction.ZERO, Fraction.ZERO, Fraction.ZERO, Map.of(),
                Fraction.ZERO);
    }

    @Test
    void exactValuesTravelExactlyAndOthersFlooredToFourPlaces() {
        assertThat(ProgressPayloads.wire(Fraction.of(30))).isEqualTo(new BigDecimal("30"));
        assertThat(ProgressPayloads.wire(Fraction.of(42, 5))).isEqualTo(new BigDecimal("8.4"));
        assertThat(ProgressPayloads.wire(Fraction.of(56, 11))).isEqualTo(new BigDecimal("5.0909"));
        assertThat(ProgressPayloads.wire(null)).isNull();
    }

    @Test
    void unusableWindowHasNoNormalisedFiguresNoReductionAndNoMohStatus() {
        WindowMetrics metrics = new WindowMetrics(WINDOW, 19, false, counts(Fraction.of(5)), null, null, null, null);
        WindowProgress progress = new WindowProgress(metrics, Metric.HEADACHE_DAYS, null, null, null,
                ResponderClass.INSUFFICIENT_DATA, null);
        Baseline baseline = new Baseline(Baseline.Kind.RETROSPECTIVE, null, Fraction.of(44, 3), null, Fraction.of(11));
        ProgressUpdatedV1 payload = ProgressPayloads.of(UUID.randomUUID(), WindowKind.CURRENT, null, true, baseline,
                progress, Instant.EPOCH);
        assertThat(payload.usable()).isFalse();
        assertThat(payload.loggedDays()).isEqualTo(19);
        assertThat(payload.headacheDaysPer28()).isNull();
        assertThat(payload.headacheDaysReductionPercent()).isNull();
        assertThat(payload.mohStatus()).isNull();
        assertThat(payload.baseline().headacheDaysPer28()).isEqualTo(new BigDecimal("14.6666"));
        assertThat(payload.baseline().start()).isNull();
        assertThat(payload.responderClass().name()).isEqualTo("INSUFFICIENT_DATA");
    }

    @Test
    void provisionalBaselineIsNotSentAsABaseline() {
        WindowMetrics metrics = new WindowMetrics(WINDOW, 28, true, counts(Fraction.of(7)), counts(Fraction.of(7)),
                null, null, null);
        Baseline provisional = new Baseline(Baseline.Kind.PROVISIONAL, metrics, Fraction.of(7), Fraction.ZERO, null);
        ProgressUpdatedV1 payload = ProgressPayloads.of(UUID.randomUUID(), WindowKind.CURRENT, null, false,
                provisional, new WindowProgress(metrics, Metric.HEADACHE_DAYS, null, null, null,
                        ResponderClass.INSUFFICIENT_DATA, null), Instant.EPOCH);
        assertThat(payload.treatmentStarted()).isFalse();
        assertThat(payload.baseline()).isNull();
        assertThat(payload.headacheDaysPer28()).isEqualTo(new BigDecimal("7"));
    }
}
