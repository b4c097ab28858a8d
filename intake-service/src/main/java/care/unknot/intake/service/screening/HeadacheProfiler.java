package care.unknot.intake.service.screening;

import care.unknot.intake.config.IntakeRules;
import care.unknot.intake.domain.Frequency;
import care.unknot.intake.domain.HeadacheHistory;
import care.unknot.intake.domain.HeadacheKind;
import care.unknot.intake.domain.HeadacheProfile;
import care.unknot.intake.domain.KindClass;
import care.unknot.intake.domain.KindProfile;
import care.unknot.intake.domain.MedicationUse;
import care.unknot.intake.domain.MohReason;
import care.unknot.intake.domain.PainCharacter;
import care.unknot.intake.domain.Phenotype;
import care.unknot.intake.domain.Side;
import java.util.ArrayList;
import java.util.List;

/** The headache profile of domain.md 1.3: a triage aid, not a diagnosis. */
final class HeadacheProfiler {

    private final IntakeRules rules;

    HeadacheProfiler(IntakeRules rules) {
        this.rules = rules;
    }

    HeadacheProfile profile(HeadacheHistory history, MedicationUse medication) {
        List<KindProfile> kinds = history.kinds().stream().map(this::classify).toList();
        List<MohReason> mohReasons = medicationOveruseRisk(medication);
        return new HeadacheProfile(phenotype(kinds), kinds, frequency(history.headacheDaysPerMonth()),
                !mohReasons.isEmpty(), mohReasons);
    }

    KindProfile classify(HeadacheKind kind) {
        IntakeRules.Profile limits = rules.profile();
        int migraineFeatures = count(
                kind.side() == Side.ONE_SIDE || kind.side() == Side.VARIES,
                kind.character() == PainCharacter.PULSATING,
                kind.typicalPeakNrs() >= limits.moderateOrSevereMinNrs(),
                kind.aggravatedByRoutineActivity());
        // (nausea or vomiting) counts as one; (photophobia AND phonophobia) as one; either alone for nothing
        int associated = count(
                kind.nausea() || kind.vomiting(),
                kind.photophobia() && kind.phonophobia());
        int tensionFeatures = count(
                kind.side() == Side.BOTH_SIDES,
                kind.character() == PainCharacter.PRESSING,
                kind.typicalPeakNrs() <= limits.mildOrModerateMaxNrs(),
                !kind.aggravatedByRoutineActivity());
        boolean tensionSymptomsAllowed = !kind.nausea() && !kind.vomiting()
                && !(kind.photophobia() && kind.phonophobia());

        KindClass classification;
        if (migraineFeatures >= limits.minFeatures() && associated >= limits.minAssociatedSymptoms()) {
            classification = KindClass.MIGRAINE_LIKE;
        } else if (tensionFeatures >= limits.minFeatures() && tensionSymptomsAllowed) {
            classification = KindClass.TENSION_TYPE_LIKE;
        } else {
            classification = KindClass.UNCLASSIFIED;
        }
        return new KindProfile(classification, migraineFeatures, associated, tensionFeatures);
    }

    static Phenotype phenotype(List<KindProfile> kinds) {
        boolean migraine = kinds.stream().anyMatch(k -> k.classification() == KindClass.MIGRAINE_LIKE);
        boolean tension = kinds.stream().anyMatch(k -> k.classification() == KindClass.TENSION_TYPE_LIKE);
        if (migraine && tension) {
            return Phenotype.MIXED;
        }
        if (migraine) {
            return Phenotype.MIGRAINE_LIKE;
        }
        return tension ? Phenotype.TENSION_TYPE_LIKE : Phenotype.UNCLASSIFIED;
    }

    Frequency frequency(List<Integer> headacheDaysPerMonth) {
        int chronicMin = rules.frequency().chronicMinDaysPerMonth();
        return headacheDaysPerMonth.stream().allMatch(days -> days >= chronicMin)
                ? Frequency.CHRONIC
                : Frequency.EPISODIC;
    }

    /** ICHD-3 8.2 risk flag, whatever the headache frequency. */
    List<MohReason> medicationOveruseRisk(MedicationUse use) {
        IntakeRules.MedicationOveruse limits = rules.medicationOveruse();
        List<MohReason> reasons = new ArrayList<>();
        addIf(reasons, use.simpleAnalgesicDays() >= limits.simpleAnalgesicMinDays(), MohReason.SIMPLE_ANALGESIC);
        addIf(reasons, use.triptanDays() >= limits.triptanMinDays(), MohReason.TRIPTAN);
        addIf(reasons, use.ergotDays() >= limits.ergotMinDays(), MohReason.ERGOT);
        addIf(reasons, use.opioidDays() >= limits.opioidMinDays(), MohReason.OPIOID);
        addIf(reasons, use.combinationDays() >= limits.combinationMinDays(), MohReason.COMBINATION);
        addIf(reasons, use.classesUsed() >= limits.multipleClassesMin()
                && use.anyMedicationDays() >= limits.multipleClassesAnyMedicationMinDays(),
                MohReason.MULTIPLE_CLASSES);
        return List.copyOf(reasons);
    }

    private static void addIf(List<MohReason> reasons, boolean met, MohReason reason) {
        if (met) {
            reasons.add(reason);
        }
    }

    private static int count(boolean... conditions) {
        int count = 0;
        for (boolean condition : conditions) {
            if (condition) {
                count++;
            }
        }
        return count;
    }
}
