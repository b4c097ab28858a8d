package care.unknot.diary.domain;

import java.util.Map;

/**
 * What 3.3 reports for one window. Normalised figures (per 28 days) and the MOH status are null when the window is
 * unusable; a figure with nothing to divide by (mean peak NRS without episodes, adherence without prescribed days)
 * is null, not zero.
 */
public record WindowMetrics(DateWindow window, int loggedDays, boolean usable, Counts raw, Counts normalised,
                            Fraction meanPeakNrs, Fraction adherencePercent, MohStatus moh, int lateEntries) {

    public WindowMetrics(DateWindow window, int loggedDays, boolean usable, Counts raw, Counts normalised,
                         Fraction meanPeakNrs, Fraction adherencePercent, MohStatus moh) {
        this(window, loggedDays, usable, raw, normalised, meanPeakNrs, adherencePercent, moh, 0);
    }

    /** Day counts; normalised ones are exact fractions. */
    public record Counts(Fraction headacheDays, Fraction migraineDays, Fraction moderateSevereDays,
                         Fraction medicationDays, Map<MedicationClass, Fraction> medicationDaysByClass,
                         Fraction mohMedicationDays) {

        public Counts {
            medicationDaysByClass = Map.copyOf(medicationDaysByClass);
        }

        public Fraction of(Metric metric) {
            return metric == Metric.MIGRAINE_DAYS ? migraineDays : headacheDays;
        }
    }
}
