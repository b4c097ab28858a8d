package care.unknot.diary.domain;

import care.unknot.diary.config.DiaryConfig;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Baseline, current window, series and checkpoint windows from stored day facts (3.3 and 2.4). */
public class ProgressCalculator {

    private final int windowDays;
    private final WindowCalculator windows;
    private final Reductions reductions;

    public ProgressCalculator(DiaryConfig config) {
        this.windowDays = config.windows().days();
        this.windows = new WindowCalculator(config);
        this.reductions = new Reductions(config.responder());
    }

    public Progress progress(PatientHistory history, LocalDate today) {
        return progress(history, today, true);
    }

    /** As {@link #progress} without the series: what the CURRENT progress.updated says. */
    public Progress current(PatientHistory history, LocalDate today) {
        return progress(history, today, false);
    }

    /**
     * The days {@link #current} reads: the current window through today (today's entry is in the next one) and,
     * once treatment started, the prospective baseline window.
     */
    public List<DateWindow> currentWindows(LocalDate firstSession, LocalDate today) {
        List<DateWindow> read = new ArrayList<>(List.of(DateWindow.endingOn(today, windowDays + 1)));
        if (firstSession != null) {
            read.add(DateWindow.endingOn(firstSession.minusDays(1), windowDays));
        }
        return read;
    }

    private Progress progress(PatientHistory history, LocalDate today, boolean withSeries) {
        DateWindow currentWindow = DateWindow.endingOn(today.minusDays(1), windowDays);
        WindowMetrics current = windows.measure(currentWindow, history.days(), history.homeProgram());
        LocalDate t = history.firstSession();
        if (t == null) {
            Baseline provisional = new Baseline(Baseline.Kind.PROVISIONAL, current,
                    figure(current, Metric.HEADACHE_DAYS), figure(current, Metric.MIGRAINE_DAYS),
                    current.normalised() == null ? null : current.normalised().medicationDays());
            return new Progress(today, null, provisional, notCompared(current), List.of());
        }
        Baseline baseline = baseline(history);
        List<WindowProgress> series = new ArrayList<>();
        for (LocalDate start = t; withSeries && !start.plusDays(windowDays - 1L).isAfter(today.minusDays(1));
             start = start.plusDays(windowDays)) {
            WindowMetrics window = windows.measure(DateWindow.startingOn(start, windowDays), history.days(),
                    history.homeProgram());
            series.add(compare(window, baseline, history.phenotype()));
        }
        return new Progress(today, t, baseline, compare(current, baseline, history.phenotype()), series);
    }

    /** PROSPECTIVE when T-28 .. T-1 is usable, else RETROSPECTIVE from the intake, else none (null). */
    public Baseline baseline(PatientHistory history) {
        WindowMetrics before = windows.measure(DateWindow.endingOn(history.firstSession().minusDays(1), windowDays),
                history.days(), history.homeProgram());
        if (before.usable()) {
            return new Baseline(Baseline.Kind.PROSPECTIVE, before, before.normalised().headacheDays(),
                    before.normalised().migraineDays(), before.normalised().medicationDays());
        }
        return history.retrospective() == null ? null : history.retrospective().toBaseline().rejecting(before);
    }

    /** 2.4: from T to the day before the session, at most the last 28 of those days. */
    public DateWindow earlyCheckpointWindow(LocalDate firstSession, LocalDate checkpointDate) {
        LocalDate end = checkpointDate.minusDays(1);
        LocalDate earliest = end.minusDays(windowDays - 1L);
        return new DateWindow(firstSession.isAfter(earliest) ? firstSession : earliest, end);
    }

    /** 2.4: the 28 days ending the day before the end-of-program checkpoint. */
    public DateWindow endCheckpointWindow(LocalDate checkpointDate) {
        return DateWindow.endingOn(checkpointDate.minusDays(1), windowDays);
    }

    public WindowProgress checkpoint(PatientHistory history, DateWindow window) {
        WindowMetrics metrics = windows.measure(window, history.days(), history.homeProgram());
        return compare(metrics, baseline(history), history.phenotype());
    }

    WindowProgress compare(WindowMetrics window, Baseline baseline, String phenotype) {
        Metric metric = Metric.forPhenotype(phenotype, baseline == null ? null : baseline.kind());
        if (baseline == null || window.normalised() == null) {
            return new WindowProgress(window, metric, null, null, null, ResponderClass.INSUFFICIENT_DATA, null);
        }
        WindowMetrics.Counts counts = window.normalised();
        Fraction metricReduction = Reductions.percent(baseline.of(metric), counts.of(metric));
        Fraction headache = Reductions.percent(baseline.headacheDays(), counts.headacheDays());
        Fraction migraine = Reductions.percent(baseline.migraineDays(), counts.migraineDays());
        return new WindowProgress(window, metric, headache, migraine, metricReduction,
                reductions.classify(metricReduction),
                Reductions.percent(baseline.medicationDays(), counts.medicationDays()), reductions.classify(headache),
                reductions.classify(migraine));
    }

    private static WindowProgress notCompared(WindowMetrics window) {
        return new WindowProgress(window, Metric.HEADACHE_DAYS, null, null, null, ResponderClass.INSUFFICIENT_DATA,
                null);
    }

    private static Fraction figure(WindowMetrics window, Metric metric) {
        return window.normalised() == null ? null : window.normalised().of(metric);
    }
}
