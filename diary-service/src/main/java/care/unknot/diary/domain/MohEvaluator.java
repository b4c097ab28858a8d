package care.unknot.diary.domain;

import care.unknot.diary.config.DiaryConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** MOH status of a usable 28-day window on normalised counts (3.3 with the 1.3 thresholds; OTHER is ignored). */
public class MohEvaluator {

    private static final List<MedicationClass> SPECIFIC =
            List.of(MedicationClass.TRIPTAN, MedicationClass.ERGOT, MedicationClass.OPIOID, MedicationClass.COMBINATION);

    private final DiaryConfig.Moh rules;

    public MohEvaluator(DiaryConfig.Moh rules) {
        this.rules = rules;
    }

    /** A day counts towards "any-medication days" for MOH when it has an intake of a class other than OTHER. */
    static boolean countsForMoh(DayFacts day) {
        return day.medicationClasses().stream().anyMatch(c -> c != MedicationClass.OTHER);
    }

    public MohStatus status(WindowMetrics.Counts normalised) {
        Map<MedicationClass, Fraction> byClass = normalised.medicationDaysByClass();
        List<MohThreshold> met = new ArrayList<>();
        if (byClass.get(MedicationClass.SIMPLE_ANALGESIC).isAtLeast(rules.simpleAnalgesicDays())) {
            met.add(MohThreshold.SIMPLE_ANALGESIC);
        }
        for (MedicationClass specific : SPECIFIC) {
            if (byClass.get(specific).isAtLeast(rules.specificClassDays())) {
                met.add(MohThreshold.valueOf(specific.name()));
            }
        }
        long classesUsed = byClass.entrySet().stream()
                .filter(e -> e.getKey() != MedicationClass.OTHER && !e.getValue().isZero())
                .count();
        if (classesUsed >= rules.multipleClassesMin()
                && normalised.mohMedicationDays().isAtLeast(rules.multipleClassesAnyMedicationDays())) {
            met.add(MohThreshold.MULTIPLE_CLASSES);
        }
        return new MohStatus(met);
    }
}
