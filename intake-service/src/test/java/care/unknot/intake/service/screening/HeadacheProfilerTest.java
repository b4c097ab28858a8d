package care.unknot.intake.service.screening;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.intake.domain.Frequency;
import care.unknot.intake.domain.HeadacheKind;
import care.unknot.intake.domain.KindClass;
import care.unknot.intake.domain.KindProfile;
import care.unknot.intake.domain.MedicationUse;
import care.unknot.intake.domain.MohReason;
import care.unknot.intake.domain.PainCharacter;
import care.unknot.intake.domain.Phenotype;
import care.unknot.intake.domain.Side;
import care.unknot.intake.domain.TypicalDuration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadacheProfilerTest {

    private final HeadacheProfiler profiler = new HeadacheProfiler(DefaultRules.get());

    private static HeadacheKind kind(Side side, PainCharacter character, int peakNrs, boolean aggravated,
            boolean nausea, boolean vomiting, boolean photophobia, boolean phonophobia) {
        return new HeadacheKind(side, character, peakNrs, TypicalDuration.FROM_4_TO_72_HOURS, aggravated, nausea,
                vomiting, photophobia, phonophobia, false);
    }

    /**
     * Each row varies one thing from a profile at the edge of a decision. Columns: side, character, peak NRS,
     * aggravated by activity, nausea, vomiting, photophobia, phonophobia, expected class.
     */
    @ParameterizedTest(name = "[{index}] {0} {1} NRS {2} aggravated={3} N={4} V={5} photo={6} phono={7} -> {8}")
    @CsvSource({
            // two migraine features + one associated symptom
            "ONE_SIDE,   PULSATING, 3, false, true,  false, false, false, MIGRAINE_LIKE",
            "VARIES,     OTHER,     3, true,  false, true,  false, false, MIGRAINE_LIKE",
            "BOTH_SIDES, PULSATING, 4, false, true,  false, false, false, MIGRAINE_LIKE",
            "BOTH_SIDES, OTHER,     4, true,  false, false, true,  true,  MIGRAINE_LIKE",
            // NRS 3/4 as the second migraine feature
            "BOTH_SIDES, PULSATING, 3, false, true,  false, false, false, UNCLASSIFIED",
            // NRS 3/4 as the second migraine feature of a one-sided headache; one feature is not enough
            "ONE_SIDE,   OTHER,     4, false, true,  false, false, false, MIGRAINE_LIKE",
            "ONE_SIDE,   OTHER,     3, false, true,  false, false, false, UNCLASSIFIED",
            "ONE_SIDE,   PRESSING,  3, false, true,  false, false, false, UNCLASSIFIED",
            // features without an associated symptom: photophobia or phonophobia alone counts for nothing
            "ONE_SIDE,   PULSATING, 8, true,  false, false, true,  false, UNCLASSIFIED",
            "ONE_SIDE,   PULSATING, 8, true,  false, false, false, true,  UNCLASSIFIED",
            "ONE_SIDE,   PULSATING, 8, true,  false, false, true,  true,  MIGRAINE_LIKE",
            // tension-type: two of bilateral, pressing, NRS <= 6, not aggravated
            "BOTH_SIDES, PRESSING,  7, true,  false, false, false, false, TENSION_TYPE_LIKE",
            "BOTH_SIDES, OTHER,     6, true,  false, false, false, false, TENSION_TYPE_LIKE",
            "BOTH_SIDES, OTHER,     7, true,  false, false, false, false, UNCLASSIFIED",
            "ONE_SIDE,   PRESSING,  6, true,  false, false, false, false, TENSION_TYPE_LIKE",
            "ONE_SIDE,   PRESSING,  7, true,  false, false, false, false, UNCLASSIFIED",
            "ONE_SIDE,   OTHER,     7, false, false, false, false, false, UNCLASSIFIED",
            "ONE_SIDE,   OTHER,     6, false, false, false, false, false, TENSION_TYPE_LIKE",
            // tension-type allows one of photophobia/phonophobia, never nausea or vomiting
            "BOTH_SIDES, PRESSING,  5, false, false, false, true,  false, TENSION_TYPE_LIKE",
            "BOTH_SIDES, PRESSING,  5, false, false, false, false, true,  TENSION_TYPE_LIKE",
            "BOTH_SIDES, PRESSING,  5, false, false, true,  false, false, UNCLASSIFIED",
            "BOTH_SIDES, PRESSING,  2, false, true,  false, false, false, UNCLASSIFIED",
            "BOTH_SIDES, PRESSING,  5, false, false, false, true,  true,  UNCLASSIFIED"})
    void eachKindIsClassifiedByItsFeaturesAndAssociatedSymptoms(Side side, PainCharacter character, int peakNrs,
            boolean aggravated, boolean nausea, boolean vomiting, boolean photophobia, boolean phonophobia,
            KindClass expected) {
        KindProfile profile = profiler.classify(
                kind(side, character, peakNrs, aggravated, nausea, vomiting, photophobia, phonophobia));

        assertThat(profile.classification()).isEqualTo(expected);
    }

    @Test
    void kindProfileRecordsTheFeatureCountsThatDecidedIt() {
        KindProfile profile = profiler.classify(kind(Side.ONE_SIDE, PainCharacter.PULSATING, 4, true, true, true,
                true, true));

        assertThat(profile.migraineFeatures()).isEqualTo(4);
        assertThat(profile.migraineAssociatedSymptoms()).isEqualTo(2);
        assertThat(profile.tensionTypeFeatures()).isEqualTo(1);
    }

    private static KindProfile kindOf(KindClass classification) {
        return new KindProfile(classification, 0, 0, 0);
    }

    @ParameterizedTest(name = "{0} + {1} -> {2}")
    @CsvSource({
            "MIGRAINE_LIKE,     TENSION_TYPE_LIKE, MIXED",
            "TENSION_TYPE_LIKE, MIGRAINE_LIKE,     MIXED",
            "MIGRAINE_LIKE,     MIGRAINE_LIKE,     MIGRAINE_LIKE",
            "MIGRAINE_LIKE,     UNCLASSIFIED,      MIGRAINE_LIKE",
            "TENSION_TYPE_LIKE, TENSION_TYPE_LIKE, TENSION_TYPE_LIKE",
            "UNCLASSIFIED,      TENSION_TYPE_LIKE, TENSION_TYPE_LIKE",
            "UNCLASSIFIED,      UNCLASSIFIED,      UNCLASSIFIED"})
    void twoKindsGiveThePatientsPhenotype(KindClass first, KindClass second, Phenotype expected) {
        assertThat(HeadacheProfiler.phenotype(List.of(kindOf(first), kindOf(second)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "MIGRAINE_LIKE,     MIGRAINE_LIKE",
            "TENSION_TYPE_LIKE, TENSION_TYPE_LIKE",
            "UNCLASSIFIED,      UNCLASSIFIED"})
    void oneKindIsNeverMixed(KindClass only, Phenotype expected) {
        assertThat(HeadacheProfiler.phenotype(List.of(kindOf(only)))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}/{1}/{2} -> {3}")
    @CsvSource({
            "15, 15, 15, CHRONIC",
            "31, 20, 15, CHRONIC",
            "14, 15, 15, EPISODIC",
            "15, 14, 15, EPISODIC",
            "15, 15, 14, EPISODIC",
            "0,  0,  0,  EPISODIC"})
    void chronicNeedsFifteenHeadacheDaysInEachOfTheLastThreeMonths(int m1, int m2, int m3, Frequency expected) {
        assertThat(profiler.frequency(List.of(m1, m2, m3))).isEqualTo(expected);
    }

    /** Columns: simple analgesic, triptan, ergot, opioid, combination, any-medication days, expected reasons. */
    @ParameterizedTest(name = "[{index}] {0}/{1}/{2}/{3}/{4} any {5} -> {6}")
    @CsvSource({
            "14, 0,  0,  0,  0,  14, ''",
            "15, 0,  0,  0,  0,  15, SIMPLE_ANALGESIC",
            "0,  9,  0,  0,  0,  9,  ''",
            "0,  10, 0,  0,  0,  10, TRIPTAN",
            "0,  0,  9,  0,  0,  9,  ''",
            "0,  0,  10, 0,  0,  10, ERGOT",
            "0,  0,  0,  9,  0,  9,  ''",
            "0,  0,  0,  10, 0,  10, OPIOID",
            "0,  0,  0,  0,  9,  9,  ''",
            "0,  0,  0,  0,  10, 10, COMBINATION",
            "5,  4,  0,  0,  0,  9,  ''",
            "5,  5,  0,  0,  0,  10, MULTIPLE_CLASSES",
            "6,  0,  0,  0,  4,  9,  ''",
            "6,  0,  0,  0,  4,  10, MULTIPLE_CLASSES",
            "3,  0,  0,  2,  0,  3,  ''",
            "15, 10, 0,  0,  0,  20, SIMPLE_ANALGESIC TRIPTAN MULTIPLE_CLASSES"})
    void medicationOveruseRiskAtEachThreshold(int simple, int triptan, int ergot, int opioid, int combination,
            int any, String expected) {
        MedicationUse use = new MedicationUse(simple, triptan, ergot, opioid, combination, any);

        List<MohReason> reasons = profiler.medicationOveruseRisk(use);

        List<MohReason> expectedReasons = expected.isBlank()
                ? List.of()
                : java.util.Arrays.stream(expected.split(" ")).map(MohReason::valueOf).toList();
        assertThat(reasons).containsExactlyElementsOf(expectedReasons);
    }

    @Test
    void mohRiskIsFlaggedWhateverTheHeadacheFrequency() {
        var profile = profiler.profile(
                new care.unknot.intake.domain.HeadacheHistory(List.of(4, 4, 4),
                        List.of(kind(Side.BOTH_SIDES, PainCharacter.PRESSING, 3, false, false, false, false, false)),
                        java.util.Set.of(), new care.unknot.intake.domain.MuscleInvolvement(true, false, false, false),
                        java.util.Set.of(), 30),
                new MedicationUse(0, 10, 0, 0, 0, 10));

        assertThat(profile.frequency()).isEqualTo(Frequency.EPISODIC);
        assertThat(profile.mohRisk()).isTrue();
        assertThat(profile.mohReasons()).containsExactly(MohReason.TRIPTAN);
    }
}
