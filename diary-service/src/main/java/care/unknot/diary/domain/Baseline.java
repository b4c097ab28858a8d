package care.unknot.diary.domain;

/**
 * The reference the windows are compared with (3.3). PROSPECTIVE: the usable 28 days before T; RETROSPECTIVE: the
 * intake's monthly counts taken as per-28-days; PROVISIONAL: the current window before treatment started.
 *
 * @param window the measured window, null for a retrospective baseline
 * @param migraineDays null for a retrospective baseline (the intake does not ask it)
 * @param medicationDays null when unknown
 * @param rejectedProspective RETROSPECTIVE only: the 28 days before T, measured and found unusable (null otherwise)
 */
public record Baseline(Kind kind, WindowMetrics window, Fraction headacheDays, Fraction migraineDays,
                       Fraction medicationDays, WindowMetrics rejectedProspective) {

    public Baseline(Kind kind, WindowMetrics window, Fraction headacheDays, Fraction migraineDays,
                    Fraction medicationDays) {
        this(kind, window, headacheDays, migraineDays, medicationDays, null);
    }

    public Baseline rejecting(WindowMetrics unusableProspective) {
        return new Baseline(kind, window, headacheDays, migraineDays, medicationDays, unusableProspective);
    }

    public enum Kind { PROSPECTIVE, RETROSPECTIVE, PROVISIONAL }

    public Fraction of(Metric metric) {
        return metric == Metric.MIGRAINE_DAYS ? migraineDays : headacheDays;
    }
}
