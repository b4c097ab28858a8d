package care.unknot.diary.domain;

import static care.unknot.diary.domain.EpisodeFeature.AURA;
import static care.unknot.diary.domain.EpisodeFeature.NAUSEA;
import static care.unknot.diary.domain.EpisodeFeature.PHONOPHOBIA;
import static care.unknot.diary.domain.EpisodeFeature.PHOTOPHOBIA;
import static care.unknot.diary.domain.EpisodeFeature.PULSATING;
import static care.unknot.diary.domain.EpisodeFeature.UNILATERAL;
import static care.unknot.diary.domain.EpisodeFeature.VOMITING;
import static care.unknot.diary.domain.EpisodeFeature.WORSE_WITH_ACTIVITY;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DayClassifierTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    private final DayClassifier classifier = new DayClassifier(TestRules.defaults().classification());

    static Episode episode(int minutes, int nrs, EpisodeFeature... features) {
        return new Episode(LocalTime.of(9, 0), minutes, nrs, Set.of(features), List.of("forehead"));
    }

    static DiaryEntry entry(List<Episode> episodes, List<MedicationIntake> medications) {
        return new DiaryEntry(DAY, !episodes.isEmpty(), episodes, medications, null, null, null, List.of(), null,
                null, Set.of(), null);
    }

    private DayFacts classify(Episode... episodes) {
        return classifier.classify(entry(List.of(episodes), List.of()));
    }

    private DayFacts classifyMedication(MedicationClass medicationClass) {
        return classifier.classify(entry(List.of(), List.of(new MedicationIntake(medicationClass, "x", 1))));
    }

    @Test
    void episodeOf29MinutesIsNotAHeadacheDay() {
        assertThat(classify(episode(29, 3)).headacheDay()).isFalse();
    }

    @Test
    void episodeOf30MinutesIsAHeadacheDay() {
        assertThat(classify(episode(30, 3)).headacheDay()).isTrue();
    }

    @Test
    void headacheFreeEntryIsNoHeadacheDay() {
        DayFacts facts = classify();
        assertThat(facts.headacheDay()).isFalse();
        assertThat(facts.medicationDay()).isFalse();
        assertThat(facts.peakNrs()).isNull();
    }

    @Test
    void medicationOnlyDayIsAHeadacheAndMedicationDay() {
        DayFacts facts = classifyMedication(MedicationClass.SIMPLE_ANALGESIC);
        assertThat(facts.headacheDay()).isTrue();
        assertThat(facts.medicationDay()).isTrue();
        assertThat(facts.migraineDay()).isFalse();
        assertThat(facts.moderateSevereDay()).isFalse();
        assertThat(facts.medicationClasses()).containsExactly(MedicationClass.SIMPLE_ANALGESIC);
    }

    @Test
    void migraineNeedsTwoFeaturesNotOne() {
        assertThat(classify(episode(30, 3, UNILATERAL, NAUSEA)).migraineDay()).isFalse();
        assertThat(classify(episode(30, 3, UNILATERAL, PULSATING, NAUSEA)).migraineDay()).isTrue();
    }

    @Test
    void peakNrsOfFourCountsAsAMigraineFeature() {
        assertThat(classify(episode(30, 3, WORSE_WITH_ACTIVITY, VOMITING)).migraineDay()).isFalse();
        assertThat(classify(episode(30, 4, WORSE_WITH_ACTIVITY, VOMITING)).migraineDay()).isTrue();
    }

    @Test
    void migraineNeedsAnAssociatedSymptom() {
        assertThat(classify(episode(60, 8, UNILATERAL, PULSATING)).migraineDay()).isFalse();
    }

    @Test
    void photophobiaAloneIsNoAssociatedSymptomButWithPhonophobiaItIs() {
        assertThat(classify(episode(60, 8, UNILATERAL, PHOTOPHOBIA)).migraineDay()).isFalse();
        assertThat(classify(episode(60, 8, UNILATERAL, PHONOPHOBIA)).migraineDay()).isFalse();
        assertThat(classify(episode(60, 8, UNILATERAL, PHOTOPHOBIA, PHONOPHOBIA)).migraineDay()).isTrue();
    }

    @Test
    void featuresAndSymptomsNeedAnEpisodeOf30Minutes() {
        assertThat(classify(episode(29, 8, UNILATERAL, PULSATING, NAUSEA)).migraineDay()).isFalse();
        assertThat(classify(episode(30, 8, UNILATERAL, PULSATING, NAUSEA)).migraineDay()).isTrue();
    }

    @Test
    void migraineDayByAuraWhateverItsLength() {
        DayFacts facts = classify(episode(5, 2, AURA));
        assertThat(facts.migraineDay()).isTrue();
        assertThat(facts.headacheDay()).isTrue();
    }

    @Test
    void migraineDayByTriptanAlone() {
        DayFacts facts = classifyMedication(MedicationClass.TRIPTAN);
        assertThat(facts.migraineDay()).isTrue();
        assertThat(facts.headacheDay()).isTrue();
    }

    @Test
    void migraineDayByErgotAloneButNotBySimpleAnalgesicOrOpioid() {
        assertThat(classifyMedication(MedicationClass.ERGOT).migraineDay()).isTrue();
        assertThat(classifyMedication(MedicationClass.SIMPLE_ANALGESIC).migraineDay()).isFalse();
        assertThat(classifyMedication(MedicationClass.OPIOID).migraineDay()).isFalse();
    }

    @Test
    void moderateSevereNeedsPeakNrsFourNotThree() {
        assertThat(classify(episode(30, 3)).moderateSevereDay()).isFalse();
        assertThat(classify(episode(30, 4)).moderateSevereDay()).isTrue();
    }

    @Test
    void moderateSevereNeedsAHeadacheDay() {
        assertThat(classify(episode(20, 8)).moderateSevereDay()).isFalse();
    }

    @Test
    void shortModerateEpisodeOnAMedicationDayIsModerateSevere() {
        DayFacts facts = classifier.classify(entry(List.of(episode(20, 6)),
                List.of(new MedicationIntake(MedicationClass.SIMPLE_ANALGESIC, "ibuprofen", 1))));
        assertThat(facts.moderateSevereDay()).isTrue();
    }

    @Test
    void dayPeakIsTheHighestEpisode() {
        assertThat(classify(episode(40, 3), episode(10, 7), episode(90, 5)).peakNrs()).isEqualTo(7);
    }

    @Test
    void everyMedicationClassOfTheDayIsCounted() {
        DayFacts facts = classifier.classify(entry(List.of(), List.of(
                new MedicationIntake(MedicationClass.SIMPLE_ANALGESIC, "a", 2),
                new MedicationIntake(MedicationClass.TRIPTAN, "b", 1),
                new MedicationIntake(MedicationClass.SIMPLE_ANALGESIC, "c", 1))));
        assertThat(facts.medicationClasses())
                .containsExactlyInAnyOrder(MedicationClass.SIMPLE_ANALGESIC, MedicationClass.TRIPTAN);
    }

    @Test
    void nauseaWithVomitingCountsAsOneSymptomAndPhotophobiaWithPhonophobiaAsAnother() {
        assertThat(DayClassifier.associatedSymptoms(episode(60, 8, NAUSEA, VOMITING))).isEqualTo(1);
        assertThat(DayClassifier.associatedSymptoms(episode(60, 8, NAUSEA, PHOTOPHOBIA))).isEqualTo(1);
        assertThat(DayClassifier.associatedSymptoms(episode(60, 8, VOMITING, PHOTOPHOBIA, PHONOPHOBIA)))
                .isEqualTo(2);
        assertThat(DayClassifier.associatedSymptoms(episode(60, 8, PHONOPHOBIA))).isZero();
    }

    @Test
    void eachOfTheFourMigraineFeaturesCounts() {
        assertThat(classifier.migraineFeatures(episode(30, 3))).isZero();
        assertThat(classifier.migraineFeatures(episode(30, 4))).isEqualTo(1);
        assertThat(classifier.migraineFeatures(episode(30, 3, UNILATERAL))).isEqualTo(1);
        assertThat(classifier.migraineFeatures(episode(30, 3, PULSATING))).isEqualTo(1);
        assertThat(classifier.migraineFeatures(episode(30, 3, WORSE_WITH_ACTIVITY))).isEqualTo(1);
        assertThat(classifier.migraineFeatures(episode(30, 10, UNILATERAL, PULSATING, WORSE_WITH_ACTIVITY,
                NAUSEA, AURA))).isEqualTo(4);
    }

    @Test
    void shortAuraEpisodeIsAMigraineDayButNotModerateSevereBelowNrsFour() {
        DayFacts facts = classify(episode(5, 3, AURA));
        assertThat(facts.migraineDay()).isTrue();
        assertThat(facts.moderateSevereDay()).isFalse();
    }

    @Test
    void otherMedicationAloneIsAHeadacheDayButNoMigraineDay() {
        DayFacts facts = classifyMedication(MedicationClass.OTHER);
        assertThat(facts.headacheDay()).isTrue();
        assertThat(facts.medicationDay()).isTrue();
        assertThat(facts.migraineDay()).isFalse();
        assertThat(classifyMedication(MedicationClass.COMBINATION).migraineDay()).isFalse();
    }
}
