package care.unknot.diary.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.DateWindow;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.Metric;
import care.unknot.diary.domain.ResponderClass;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.events.diary.MedicationClass;
import care.unknot.events.diary.MedicationClassDays;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.WindowKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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

    @Test
    void aCheckpointCarriesTheRawCountsAndEveryFigureSoTheDecisionCanBeRecomputed() {
        Map<care.unknot.diary.domain.MedicationClass, Fraction> byClass = new java.util.EnumMap<>(
                care.unknot.diary.domain.MedicationClass.class);
        for (care.unknot.diary.domain.MedicationClass c : care.unknot.diary.domain.MedicationClass.values()) {
            byClass.put(c, Fraction.ZERO);
        }
        byClass.put(care.unknot.diary.domain.MedicationClass.SIMPLE_ANALGESIC, Fraction.of(3));
        byClass.put(care.unknot.diary.domain.MedicationClass.TRIPTAN, Fraction.of(1));
        WindowMetrics.Counts raw = new WindowMetrics.Counts(Fraction.of(6), Fraction.of(2), Fraction.of(3),
                Fraction.of(4), byClass, Fraction.of(4));
        WindowMetrics metrics = new WindowMetrics(WINDOW, 20, true, raw, raw, Fraction.of(11, 2), Fraction.of(75),
                new care.unknot.diary.domain.MohStatus(List.of(care.unknot.diary.domain.MohThreshold.TRIPTAN)), 2);
        WindowMetrics baselineWindow = new WindowMetrics(DateWindow.startingOn(WINDOW.start().minusDays(28), 28), 28,
                true, counts(Fraction.of(12)), counts(Fraction.of(12)), null, null, null, 5);
        Baseline baseline = new Baseline(Baseline.Kind.PROSPECTIVE, baselineWindow, Fraction.of(12), Fraction.of(6),
                Fraction.of(10));
        WindowProgress progress = new WindowProgress(metrics, Metric.HEADACHE_DAYS, Fraction.of(30),
                Fraction.of(160, 3), Fraction.of(30), ResponderClass.PARTIAL, Fraction.of(44), ResponderClass.PARTIAL,
                ResponderClass.RESPONDER);

        ProgressUpdatedV1 payload = ProgressPayloads.of(UUID.randomUUID(), WindowKind.CHECKPOINT, null, true,
                baseline, progress, Instant.EPOCH, 1);

        assertThat(List.of(payload.headacheDays(), payload.migraineDays(), payload.moderateSevereDays(),
                payload.acuteMedicationDays(), payload.lateEntries(), payload.loggedDays()))
                .containsExactly(6, 2, 3, 4, 2, 20);
        assertThat(payload.acuteMedicationDaysByClass()).contains(
                new MedicationClassDays(MedicationClass.SIMPLE_ANALGESIC, 3),
                new MedicationClassDays(MedicationClass.TRIPTAN, 1), new MedicationClassDays(MedicationClass.OTHER, 0));
        assertThat(payload.meanPeakNrs()).isEqualTo(new BigDecimal("5.5"));
        assertThat(payload.adherencePercent()).isEqualTo(new BigDecimal("75"));
        assertThat(payload.mohThresholdsMet()).containsExactly(care.unknot.events.diary.MohThreshold.TRIPTAN_10_DAYS);
        assertThat(payload.headacheDaysResponderClass()).isEqualTo(care.unknot.events.diary.ResponderClass.PARTIAL);
        assertThat(payload.migraineDaysResponderClass()).isEqualTo(care.unknot.events.diary.ResponderClass.RESPONDER);
        assertThat(payload.revision()).isEqualTo(1);
        assertThat(payload.baseline().loggedDays()).isEqualTo(28);
        assertThat(payload.baseline().headacheDays()).isEqualTo(12);
        assertThat(payload.baseline().lateEntries()).isEqualTo(5);
    }
}
