package care.unknot.diary.messaging;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.events.EventDecimals;
import care.unknot.events.diary.MedicationClass;
import care.unknot.events.diary.MedicationClassDays;
import care.unknot.events.diary.MohStatus;
import care.unknot.events.diary.ProgressBaseline;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressCheckpoint;
import care.unknot.events.diary.ProgressMetric;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.events.diary.ResponderClass;
import care.unknot.events.diary.WindowKind;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/** Maps computed progress to the {@code progress.updated} payload (decimals exact or floored, see EventDecimals). */
public final class ProgressPayloads {

    private ProgressPayloads() {
    }

    public static ProgressUpdatedV1 of(UUID patientId, WindowKind kind, ProgressCheckpoint checkpoint,
                                       boolean treatmentStarted, Baseline baseline, WindowProgress progress,
                                       Instant computedAt) {
        return of(patientId, kind, checkpoint, treatmentStarted, baseline, progress, computedAt, null);
    }

    /** @param revision CHECKPOINT only: 0 for the first report, n for the nth revision */
    public static ProgressUpdatedV1 of(UUID patientId, WindowKind kind, ProgressCheckpoint checkpoint,
                                       boolean treatmentStarted, Baseline baseline, WindowProgress progress,
                                       Instant computedAt, Integer revision) {
        WindowMetrics metrics = progress.metrics();
        WindowMetrics.Counts n = metrics.normalised();
        MohStatus moh = metrics.moh() == null ? null
                : metrics.moh().atRisk() ? MohStatus.THRESHOLD_MET : MohStatus.BELOW_THRESHOLDS;
        return new ProgressUpdatedV1(patientId, kind, checkpoint, treatmentStarted,
                metrics.window().start(), metrics.window().end(), metrics.window().days(), metrics.loggedDays(),
                metrics.usable(), treatmentStarted ? baseline(baseline) : null,
                n == null ? null : wire(n.headacheDays()), n == null ? null : wire(n.migraineDays()),
                n == null ? null : wire(n.moderateSevereDays()), n == null ? null : wire(n.medicationDays()),
                ProgressMetric.valueOf(progress.metric().name()), wire(progress.headacheReduction()),
                wire(progress.migraineReduction()), wire(progress.medicationReduction()),
                ResponderClass.valueOf(progress.responderClass().name()), moh, computedAt,
                count(metrics.raw().headacheDays()), count(metrics.raw().migraineDays()),
                count(metrics.raw().moderateSevereDays()), count(metrics.raw().medicationDays()),
                metrics.lateEntries(), byClass(metrics.raw()), wire(metrics.meanPeakNrs()),
                wire(metrics.adherencePercent()), metrics.moh() == null ? List.of()
                        : metrics.moh().thresholdsMet().stream().map(DiaryEvents::wireThreshold).toList(),
                ResponderClass.valueOf(progress.headacheClass().name()),
                ResponderClass.valueOf(progress.migraineClass().name()), revision);
    }

    private static List<MedicationClassDays> byClass(WindowMetrics.Counts raw) {
        return Stream.of(care.unknot.diary.domain.MedicationClass.values())
                .map(c -> new MedicationClassDays(MedicationClass.valueOf(c.name()),
                        count(raw.medicationDaysByClass().get(c))))
                .toList();
    }

    /** A raw count (a whole number) as an Integer. */
    static Integer count(Fraction value) {
        return value == null ? null : value.rounded(0).intValueExact();
    }

    static ProgressBaseline baseline(Baseline baseline) {
        if (baseline == null || baseline.kind() == Baseline.Kind.PROVISIONAL) {
            return null;
        }
        WindowMetrics window = baseline.window();
        if (window == null) {
            return new ProgressBaseline(ProgressBaselineKind.valueOf(baseline.kind().name()), null, null,
                    wire(baseline.headacheDays()), wire(baseline.migraineDays()), null, wire(baseline.medicationDays()));
        }
        WindowMetrics.Counts raw = window.raw();
        return new ProgressBaseline(ProgressBaselineKind.valueOf(baseline.kind().name()), window.window().start(),
                window.window().end(), wire(baseline.headacheDays()), wire(baseline.migraineDays()),
                wire(window.normalised().moderateSevereDays()), wire(baseline.medicationDays()), window.loggedDays(),
                count(raw.headacheDays()), count(raw.migraineDays()), count(raw.moderateSevereDays()),
                count(raw.medicationDays()), window.lateEntries());
    }

    public static BigDecimal wire(Fraction value) {
        return value == null ? null
                : EventDecimals.quotient(new BigDecimal(value.numerator()), new BigDecimal(value.denominator()));
    }
}
