package care.unknot.diary.domain;

/**
 * The reference the windows are compared with (3.3). PROSPECTIVE: the usable 28 days before T; RETROSPECTIVE: the
 * intake's monthly counts taken as per-28-days; PROVISIONAL: the current window before treatment started.
 *
 * @param window the measured window, null for a retrospective baseline
 * @param migraineDays null for a retrospective baseline (the intake does not ask it)
 * @param medicationDays null when unknown
 */
public record Baseline(Kind kind, WindowMetrics window, Fraction headacheDays, Fraction migraineDays,
                       Fraction medicationDays) {

    public enum Kind { PROSPECTIVE, RETROSPECTIVE, PROVISIONAL }

    public Fraction of(Metric metric) {
        return metric == Metric.MIGRAINE_DAYS ? migraineDays : headacheDays;
    }
}
