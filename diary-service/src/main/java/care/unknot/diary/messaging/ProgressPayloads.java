package care.unknot.diary.messaging;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.events.EventDecimals;
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
import java.util.UUID;

/** Maps computed progress to the {@code progress.updated} payload (decimals exact or floored, see EventDecimals). */
public final class ProgressPayloads {

    private ProgressPayloads() {
    }

    public static ProgressUpdatedV1 of(UUID patientId, WindowKind kind, ProgressCheckpoint checkpoint,
                                       boolean treatmentStarted, Baseline baseline, WindowProgress progress,
                                       Instant computedAt) {
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
                ResponderClass.valueOf(progress.responderClass().name()), moh, computedAt);
    }

    static ProgressBaseline baseline(Baseline baseline) {
        if (baseline == null || baseline.kind() == Baseline.Kind.PROVISIONAL) {
            return null;
        }
        WindowMetrics window = baseline.window();
        return new ProgressBaseline(ProgressBaselineKind.valueOf(baseline.kind().name()),
                window == null ? null : window.window().start(), window == null ? null : window.window().end(),
                wire(baseline.headacheDays()), wire(baseline.migraineDays()),
                window == null ? null : wire(window.normalised().moderateSevereDays()),
                wire(baseline.medicationDays()));
    }

    public static BigDecimal wire(Fraction value) {
        return value == null ? null
                : EventDecimals.quotient(new BigDecimal(value.numerator()), new BigDecimal(value.denominator()));
    }
}
