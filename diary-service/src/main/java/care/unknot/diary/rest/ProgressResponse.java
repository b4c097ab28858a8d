package care.unknot.diary.rest;

import care.unknot.diary.domain.Baseline;
import care.unknot.diary.domain.Fraction;
import care.unknot.diary.domain.MedicationClass;
import care.unknot.diary.domain.MohThreshold;
import care.unknot.diary.domain.Progress;
import care.unknot.diary.domain.WindowMetrics;
import care.unknot.diary.domain.WindowProgress;
import care.unknot.diary.service.ProgressService;
import care.unknot.events.diary.CheckpointKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Progress as shown: raw counts as integers, other figures rounded half up to one decimal for display (decisions
 * were taken on exact values). Absent figures are null: normalised counts, reductions and MOH status of an unusable
 * window; mean peak NRS without episodes; adherence without prescribed days.
 */
public record ProgressResponse(@Schema(example = "2026-04-02") LocalDate today,
                               @Schema(example = "true") boolean treatmentStarted,
                               @Schema(example = "IN_TREATMENT", enumeration = {"IN_TREATMENT", "TREATMENT_NOT_STARTED"})
                               String status,
                               @Schema(example = "2026-03-05") LocalDate firstTreatmentSession,
                               BaselineView baseline, WindowView current, List<WindowView> series,
                               @Schema(description = "Every checkpoint published so far, on today's figures, with the "
                                       + "revision its last progress.updated carried") List<CheckpointView> checkpoints) {

    /**
     * The baseline: PROSPECTIVE (the usable 28 days before T, figures in {@code window}), RETROSPECTIVE (the
     * intake's monthly counts; {@code rejectedProspective} shows the 28 days before T that were not usable) or
     * PROVISIONAL (before treatment: the current window).
     */
    public record BaselineView(@Schema(example = "PROSPECTIVE") Baseline.Kind kind,
                               @Schema(example = "2026-02-05") LocalDate start,
                               @Schema(example = "2026-03-04") LocalDate end,
                               @Schema(description = "Per 28 days", example = "12.0") BigDecimal headacheDays,
                               @Schema(description = "Per 28 days; null for RETROSPECTIVE", example = "6.0")
                               BigDecimal migraineDays,
                               @Schema(description = "Per 28 days", example = "10.0") BigDecimal acuteMedicationDays,
                               @Schema(description = "The measured window (PROSPECTIVE, PROVISIONAL)") WindowView window,
                               @Schema(description = "RETROSPECTIVE only: the 28 days before T, unusable")
                               WindowView rejectedProspective) {
    }

    /** Day counts of the logged days, whole numbers. */
    public record RawCounts(@Schema(example = "6") Integer headacheDays, @Schema(example = "2") Integer migraineDays,
                            @Schema(example = "3") Integer moderateSevereDays,
                            @Schema(example = "4") Integer acuteMedicationDays,
                            @Schema(example = "{\"SIMPLE_ANALGESIC\": 3, \"TRIPTAN\": 1, \"ERGOT\": 0, \"OPIOID\": 0, "
                                    + "\"COMBINATION\": 0, \"OTHER\": 0}")
                            Map<MedicationClass, Integer> acuteMedicationDaysByClass) {
    }

    /** Counts normalised to 28 days (count x 28 / logged days), one decimal. */
    public record Counts(@Schema(example = "8.4") BigDecimal headacheDays, @Schema(example = "2.8") BigDecimal migraineDays,
                         @Schema(example = "4.2") BigDecimal moderateSevereDays,
                         @Schema(example = "5.6") BigDecimal acuteMedicationDays,
                         @Schema(example = "{\"SIMPLE_ANALGESIC\": 4.2, \"TRIPTAN\": 1.4, \"ERGOT\": 0.0, \"OPIOID\": 0.0, "
                                 + "\"COMBINATION\": 0.0, \"OTHER\": 0.0}")
                         Map<MedicationClass, BigDecimal> acuteMedicationDaysByClass) {
    }

    public record Moh(@Schema(example = "false") boolean thresholdMet,
                      @Schema(example = "[]") List<MohThreshold> thresholds) {
    }

    public record WindowView(@Schema(example = "2026-03-05") LocalDate start,
                             @Schema(example = "2026-04-01") LocalDate end,
                             @Schema(example = "28") int days, @Schema(example = "20") int loggedDays,
                             @Schema(description = "Logged days whose entry was created more than 7 days after its date",
                                     example = "2") int lateEntries,
                             @Schema(example = "true") boolean usable, RawCounts raw, Counts normalised,
                             @Schema(example = "5.5") BigDecimal meanPeakNrs,
                             @Schema(example = "75.0") BigDecimal adherencePercent,
                             @Schema(description = "The count responderClass is judged on", example = "HEADACHE_DAYS",
                                     enumeration = {"HEADACHE_DAYS", "MIGRAINE_DAYS"}) String responderMetric,
                             @Schema(description = "Reduction of the responder metric", example = "30.0")
                             BigDecimal reductionPercent,
                             @Schema(example = "30.0") BigDecimal headacheDaysReductionPercent,
                             @Schema(example = "PARTIAL") String headacheDaysResponderClass,
                             @Schema(example = "53.3") BigDecimal migraineDaysReductionPercent,
                             @Schema(example = "RESPONDER") String migraineDaysResponderClass,
                             @Schema(example = "PARTIAL") String responderClass,
                             @Schema(example = "44.0") BigDecimal medicationDaysReductionPercent, Moh moh) {
    }

    /** A checkpoint window (2.4) as published, recomputed on today's days. */
    public record CheckpointView(@Schema(example = "SESSION_4") CheckpointKind kind,
                                 @Schema(example = "4") int sessionNumber,
                                 @Schema(example = "2026-03-16") LocalDate checkpointDate,
                                 @Schema(description = "0 for the first report, n after n revisions", example = "0")
                                 int revision, WindowView window) {
    }

    static ProgressResponse of(ProgressService.Full full, int scale) {
        Rounder r = new Rounder(scale);
        Progress progress = full.progress();
        Baseline b = progress.baseline();
        BaselineView baseline = b == null ? null : new BaselineView(b.kind(),
                b.window() == null ? null : b.window().window().start(),
                b.window() == null ? null : b.window().window().end(), r.of(b.headacheDays()),
                r.of(b.migraineDays()), r.of(b.medicationDays()),
                b.window() == null ? null : window(b.window(), r),
                b.rejectedProspective() == null ? null : window(b.rejectedProspective(), r));
        return new ProgressResponse(progress.today(), progress.treatmentStarted(),
                progress.treatmentStarted() ? "IN_TREATMENT" : "TREATMENT_NOT_STARTED", progress.firstSession(),
                baseline, window(progress.current(), r), progress.series().stream().map(w -> window(w, r)).toList(),
                full.checkpoints().stream().map(c -> new CheckpointView(c.reported().kind(),
                        c.reported().sessionNumber(), c.reported().checkpointDate(), c.reported().revision(),
                        window(c.progress(), r))).toList());
    }

    static ProgressResponse of(Progress progress, int scale) {
        return of(new ProgressService.Full(progress, List.of()), scale);
    }

    /** A window without comparison (a baseline's own window). */
    static WindowView window(WindowMetrics m, Rounder r) {
        return window(new WindowProgress(m, care.unknot.diary.domain.Metric.HEADACHE_DAYS, null, null, null,
                care.unknot.diary.domain.ResponderClass.INSUFFICIENT_DATA, null), r);
    }

    static WindowView window(WindowProgress p, Rounder r) {
        WindowMetrics m = p.metrics();
        return new WindowView(m.window().start(), m.window().end(), m.window().days(), m.loggedDays(),
                m.lateEntries(), m.usable(), raw(m.raw()), m.normalised() == null ? null : counts(m.normalised(), r),
                r.of(m.meanPeakNrs()), r.of(m.adherencePercent()), p.metric().name(), r.of(p.metricReduction()),
                r.of(p.headacheReduction()), p.headacheClass().name(), r.of(p.migraineReduction()),
                p.migraineClass().name(), p.responderClass().name(), r.of(p.medicationReduction()),
                m.moh() == null ? null : new Moh(m.moh().atRisk(), m.moh().thresholdsMet()));
    }

    private static RawCounts raw(WindowMetrics.Counts c) {
        Map<MedicationClass, Integer> byClass = new TreeMap<>();
        c.medicationDaysByClass().forEach((k, v) -> byClass.put(k, whole(v)));
        return new RawCounts(whole(c.headacheDays()), whole(c.migraineDays()), whole(c.moderateSevereDays()),
                whole(c.medicationDays()), byClass);
    }

    private static Integer whole(Fraction count) {
        return count == null ? null : count.rounded(0).intValueExact();
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
