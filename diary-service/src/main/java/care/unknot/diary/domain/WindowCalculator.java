package care.unknot.diary.domain;

import care.unknot.diary.config.DiaryConfig;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.function.Predicate;

/** Measures a window from stored day facts: domain.md 3.3 (logged days, usability, normalisation, adherence). */
public class WindowCalculator {

    private final DiaryConfig.Windows windows;
    private final DiaryConfig.Checkpoint checkpoint;
    private final MohEvaluator moh;

    public WindowCalculator(DiaryConfig config) {
        this.windows = config.windows();
        this.checkpoint = config.checkpoint();
        this.moh = new MohEvaluator(config.moh());
    }

    public WindowMetrics measure(DateWindow window, NavigableMap<LocalDate, DayFacts> allDays, HomeProgram program) {
        List<DayFacts> days = window.days() == 0
                ? List.of() : new ArrayList<>(allDays.subMap(window.start(), true, window.end(), true).values());
        int logged = days.size();
        boolean usable = isUsable(window.days(), logged);
        WindowMetrics.Counts raw = rawCounts(days);
        WindowMetrics.Counts normalised = usable ? normalise(raw, logged) : null;
        MohStatus mohStatus = usable && window.days() == windows.days() ? moh.status(normalised) : null;
        return new WindowMetrics(window, logged, usable, raw, normalised, meanPeakNrs(days),
                adherencePercent(window, days, program), mohStatus, (int) days.stream().filter(DayFacts::late).count());
    }

    /** A 28-day window needs 20 logged days; a shorter checkpoint window at least 7 days and 5/7 of them logged. */
    public boolean isUsable(int windowDays, int loggedDays) {
        if (windowDays >= windows.days()) {
            return loggedDays >= windows.minLoggedDays();
        }
        return windowDays >= checkpoint.minDays()
                && (long) loggedDays * checkpoint.minLoggedDenominator()
                >= (long) windowDays * checkpoint.minLoggedNumerator();
    }

    private static WindowMetrics.Counts rawCounts(List<DayFacts> days) {
        Map<MedicationClass, Fraction> byClass = new EnumMap<>(MedicationClass.class);
        for (MedicationClass medicationClass : MedicationClass.values()) {
            byClass.put(medicationClass, count(days, d -> d.medicationClasses().contains(medicationClass)));
        }
        return new WindowMetrics.Counts(count(days, DayFacts::headacheDay), count(days, DayFacts::migraineDay),
                count(days, DayFacts::moderateSevereDay), count(days, DayFacts::medicationDay), byClass,
                count(days, MohEvaluator::countsForMoh));
    }

    private static Fraction count(List<DayFacts> days, Predicate<DayFacts> test) {
        return Fraction.of(days.stream().filter(test).count());
    }

    /** count x 28 / logged days: missing days are not headache-free, they are out of the denominator. */
    private WindowMetrics.Counts normalise(WindowMetrics.Counts raw, int logged) {
        Fraction factor = Fraction.of(windows.days(), logged);
        Map<MedicationClass, Fraction> byClass = new EnumMap<>(MedicationClass.class);
        raw.medicationDaysByClass().forEach((k, v) -> byClass.put(k, v.times(factor)));
        return new WindowMetrics.Counts(raw.headacheDays().times(factor), raw.migraineDays().times(factor),
                raw.moderateSevereDays().times(factor), raw.medicationDays().times(factor), byClass,
                raw.mohMedicationDays().times(factor));
    }

    /** Mean over the days that have episodes of each day's highest peak; null without such days. */
    private static Fraction meanPeakNrs(List<DayFacts> days) {
        List<Integer> peaks = days.stream().map(DayFacts::peakNrs).filter(p -> p != null).toList();
        if (peaks.isEmpty()) {
            return null;
        }
        return Fraction.of(peaks.stream().mapToLong(Integer::longValue).sum(), peaks.size());
    }

    /**
     * Days whose entry records exercises / prescribed days, counted from the assignment date; unlogged days count
     * as not done; capped at 100 %. Null when nothing was prescribed in the window.
     */
    private static Fraction adherencePercent(DateWindow window, List<DayFacts> days, HomeProgram program) {
        if (program == null || program.assignedOn().isAfter(window.end()) || window.days() == 0) {
            return null;
        }
        LocalDate from = program.assignedOn().isAfter(window.start()) ? program.assignedOn() : window.start();
        int prescribed = program.prescribedDays((int) ChronoUnit.DAYS.between(from, window.end()) + 1);
        if (prescribed == 0) {
            return null;
        }
        long done = days.stream().filter(d -> !d.date().isBefore(from) && d.exercisesDone()).count();
        return Fraction.of(done, prescribed).min(Fraction.of(1)).times(100);
    }
}
