package care.unknot.diary.rest;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.MohThreshold;
import care.unknot.diary.domain.Progress;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Progress as shown: figures rounded half up for display (decisions were taken on exact values). Absent figures are
 * null: normalised counts, reductions and MOH status of an unusable window; mean peak NRS without episodes;
 * adherence without prescribed days.
 */
public record ProgressResponse(LocalDate today, boolean treatmentStarted, String status,
                               LocalDate firstTreatmentSession, BaselineView baseline, WindowView current,
                               List<WindowView> series) {

    public record BaselineView(Baseline.Kind kind, LocalDate start, LocalDate end, BigDecimal headacheDays,
                               BigDecimal migraineDays, BigDecimal acuteMedicationDays) {
    }

    public record Counts(BigDecimal headacheDays, BigDecimal migraineDays, BigDecimal moderateSevereDays,
                         BigDecimal acuteMedicationDays, Map<MedicationClass, BigDecimal> acuteMedicationDaysByClass) {
    }

    public record Moh(boolean thresholdMet, List<MohThreshold> thresholds) {
    }

    public record WindowView(LocalDate start, LocalDate end, int days, int loggedDays, boolean usable, Counts raw,
                             Counts normalised, BigDecimal meanPeakNrs, BigDecimal adherencePercent,
                             String responderMetric, BigDecimal reductionPercent,
                             BigDecimal headacheDaysReductionPercent, BigDecimal migraineDaysReductionPercent,
                             String responderClass, BigDecimal medicationDaysReductionPercent, Moh moh) {
    }

    static ProgressResponse of(Progress progress, int scale) {
        Rounder r = new Rounder(scale);
        Baseline b = progress.baseline();
        BaselineView baseline = b == null ? null : new BaselineView(b.kind(),
                b.window() == null ? null : b.window().window().start(),
                b.window() == null ? null : b.window().window().end(), r.of(b.headacheDays()),
                r.of(b.migraineDays()), r.of(b.medicationDays()));
        return new ProgressResponse(progress.today(), progress.treatmentStarted(),
                progress.treatmentStarted() ? "IN_TREATMENT" : "TREATMENT_NOT_STARTED", progress.firstSession(),
                baseline, window(progress.current(), r), progress.series().stream().map(w -> window(w, r)).toList());
    }

    static WindowView window(WindowProgress p, Rounder r) {
        WindowMetrics m = p.metrics();
        return new WindowView(m.window().start(), m.window().end(), m.window().days(), m.loggedDays(), m.usable(),
                counts(m.raw(), r), m.normalised() == null ? null : counts(m.normalised(), r), r.of(m.meanPeakNrs()),
                r.of(m.adherencePercent()), p.metric().name(), r.of(p.metricReduction()),
                r.of(p.headacheReduction()), r.of(p.migraineReduction()), p.responderClass().name(),
                r.of(p.medicationReduction()),
                m.moh() == null ? null : new Moh(m.moh().atRisk(), m.moh().thresholdsMet()));
    }

    private static Counts counts(WindowMetrics.Counts c, Rounder r) {
        Map<MedicationClass, BigDecimal> byClass = new TreeMap<>();
        c.medicationDaysByClass().forEach((k, v) -> byClass.put(k, r.of(v)));
        return new Counts(r.of(c.headacheDays()), r.of(c.migraineDays()), r.of(c.moderateSevereDays()),
                r.of(c.medicationDays()), byClass);
    }

    record Rounder(int scale) {
        BigDecimal of(Fraction value) {
            return value == null ? null : value.rounded(scale);
        }
    }
}
