package care.unknot.intake.service.screening;

import static care.unknot.intake.domain.TreatmentArea.LEVATOR_SCAPULAE;
import static care.unknot.intake.domain.TreatmentArea.MASSETER;
import static care.unknot.intake.domain.TreatmentArea.SCALENES;
import static care.unknot.intake.domain.TreatmentArea.SCALP_GALEA;
import static care.unknot.intake.domain.TreatmentArea.STERNOCLEIDOMASTOID;
import static care.unknot.intake.domain.TreatmentArea.SUBOCCIPITALS;
import static care.unknot.intake.domain.TreatmentArea.TEMPORALIS;
import static care.unknot.intake.domain.TreatmentArea.THORACIC_PARASPINALS;
import static care.unknot.intake.domain.TreatmentArea.UPPER_TRAPEZIUS;
import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.intake.domain.AnswersFixture;
import care.unknot.intake.domain.BodyRegion;
import care.unknot.intake.domain.ContraindicationAnswers;
import care.unknot.intake.domain.FiredRule;
import care.unknot.intake.domain.MuscleInvolvement;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.Precaution;
import care.unknot.intake.domain.RuleLevel;
import care.unknot.intake.domain.ScreeningResult;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContraindicationRulesTest {

    private static final MuscleInvolvement ALL_REGIONS = new MuscleInvolvement(true, true, true, true);

    private final Screening screening = new Screening(DefaultRules.get());

    private ScreeningResult screen(ContraindicationAnswers contraindications, MuscleInvolvement muscles) {
        AnswersFixture answers = AnswersFixture.eligible();
        answers.contraindications = contraindications;
        answers.muscles = muscles;
        return screening.screen(answers.build());
    }

    private static ContraindicationAnswers ci(boolean cancer, boolean oncologyClearance, boolean clot,
            boolean aneurysm, Set<BodyRegion> fracture, Set<BodyRegion> infection, boolean osteoporosis,
            boolean bloodPressure, boolean anticoagulant, boolean cervicalVascular) {
        return new ContraindicationAnswers(cancer, oncologyClearance, clot, aneurysm, fracture, infection,
                osteoporosis, bloodPressure, anticoagulant, cervicalVascular);
    }

    @Test
    void activeCancerInATreatmentAreaWithoutOncologyClearanceNeedsClearance() {
        ScreeningResult result = screen(ci(true, false, false, false, Set.of(), Set.of(), false, false, false, false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_MEDICAL_CLEARANCE);
        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("CI-CANCER");
        assertThat(result.rules().get(0).level()).isEqualTo(RuleLevel.CLEARANCE);
    }

    @Test
    void activeCancerWithOncologyClearanceFiresNothing() {
        ScreeningResult result = screen(ci(true, true, false, false, Set.of(), Set.of(), false, false, false, false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.rules()).isEmpty();
    }

    @Test
    void activeBloodClotNeedsClearance() {
        ScreeningResult result = screen(ci(false, false, true, false, Set.of(), Set.of(), false, false, false, false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_MEDICAL_CLEARANCE);
        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("CI-CLOT");
    }

    @Test
    void knownAneurysmNeedsClearance() {
        ScreeningResult result = screen(ci(false, false, false, true, Set.of(), Set.of(), false, false, false, false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_MEDICAL_CLEARANCE);
        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("CI-ANEURYSM");
    }

    @ParameterizedTest(name = "{0} alone fires only {0}")
    @CsvSource({"CI-CANCER", "CI-CLOT", "CI-ANEURYSM"})
    void eachAbsoluteContraindicationAloneFiresOnlyItselfAtTheClearanceLevel(String ruleId) {
        ScreeningResult result = screen(ci(ruleId.equals("CI-CANCER"), false, ruleId.equals("CI-CLOT"),
                ruleId.equals("CI-ANEURYSM"), Set.of(), Set.of(), false, false, false, false), ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_MEDICAL_CLEARANCE);
        assertThat(result.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo(ruleId);
            assertThat(rule.level()).isEqualTo(RuleLevel.CLEARANCE);
            assertThat(rule.decisive()).isTrue();
        });
        assertThat(result.precautions()).isEmpty();
    }

    /** Each technique precaution on its own, so a rule wired to another rule's answer cannot pass. */
    @ParameterizedTest(name = "{0} alone fires only {0}")
    @CsvSource({"PR-OSTEOPOROSIS", "PR-BP", "PR-ANTICOAGULANT"})
    void eachTechniquePrecautionAloneFiresOnlyItselfAndKeepsEveryArea(String ruleId) {
        ScreeningResult result = screen(ci(false, false, false, false, Set.of(), Set.of(),
                ruleId.equals("PR-OSTEOPOROSIS"), ruleId.equals("PR-BP"), ruleId.equals("PR-ANTICOAGULANT"), false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
        assertThat(result.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo(ruleId);
            assertThat(rule.level()).isEqualTo(RuleLevel.PRECAUTION);
            assertThat(rule.decisive()).isTrue();
        });
        assertThat(result.precautions()).containsExactly(new Precaution(ruleId, Set.of()));
        assertThat(result.treatmentAreas()).containsExactly(SUBOCCIPITALS, UPPER_TRAPEZIUS, STERNOCLEIDOMASTOID,
                LEVATOR_SCAPULAE, SCALENES, MASSETER, TEMPORALIS, SCALP_GALEA, THORACIC_PARASPINALS);
    }

    @Test
    void techniquePrecautionsMakeThePatientEligibleWithPrecautionsAndKeepEveryArea() {
        ScreeningResult result = screen(ci(false, false, false, false, Set.of(), Set.of(), true, true, true, false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
        assertThat(result.rules()).extracting(FiredRule::id)
                .containsExactly("PR-OSTEOPOROSIS", "PR-BP", "PR-ANTICOAGULANT");
        assertThat(result.rules()).allSatisfy(rule -> assertThat(rule.decisive()).isTrue());
        assertThat(result.precautions()).containsExactly(new Precaution("PR-OSTEOPOROSIS", Set.of()),
                new Precaution("PR-BP", Set.of()), new Precaution("PR-ANTICOAGULANT", Set.of()));
        assertThat(result.treatmentAreas()).containsExactly(SUBOCCIPITALS, UPPER_TRAPEZIUS, STERNOCLEIDOMASTOID,
                LEVATOR_SCAPULAE, SCALENES, MASSETER, TEMPORALIS, SCALP_GALEA, THORACIC_PARASPINALS);
    }

    @Test
    void neckFractureRemovesEveryNeckAreaIncludingUpperTrapeziusListedUnderUpperBack() {
        ScreeningResult result = screen(
                ci(false, false, false, false, Set.of(BodyRegion.NECK), Set.of(), false, false, false, false),
                ALL_REGIONS);

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("PR-FRACTURE");
        assertThat(result.precautions()).containsExactly(new Precaution("PR-FRACTURE", Set.of(BodyRegion.NECK)));
        assertThat(result.treatmentAreas()).containsExactly(MASSETER, TEMPORALIS, SCALP_GALEA, THORACIC_PARASPINALS);
    }

    @Test
    void scalpInfectionRemovesTemporalisListedUnderJawToo() {
        ScreeningResult result = screen(
                ci(false, false, false, false, Set.of(), Set.of(BodyRegion.SCALP), false, false, false, false),
                new MuscleInvolvement(false, true, false, true));

        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("PR-INFECTION");
        assertThat(result.precautions()).containsExactly(new Precaution("PR-INFECTION", Set.of(BodyRegion.SCALP)));
        assertThat(result.treatmentAreas()).containsExactly(MASSETER);
    }

    @Test
    void jawFractureRemovesTemporalisListedUnderScalpToo() {
        ScreeningResult result = screen(
                ci(false, false, false, false, Set.of(BodyRegion.JAW), Set.of(), false, false, false, false),
                new MuscleInvolvement(false, false, false, true));

        assertThat(result.precautions()).containsExactly(new Precaution("PR-FRACTURE", Set.of(BodyRegion.JAW)));
        assertThat(result.treatmentAreas()).containsExactly(SCALP_GALEA);
    }

    @Test
    void upperBackInfectionRemovesUpperTrapeziusAndThoracicParaspinalsOnly() {
        ScreeningResult result = screen(
                ci(false, false, false, false, Set.of(), Set.of(BodyRegion.UPPER_BACK), false, false, false, false),
                ALL_REGIONS);

        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("PR-INFECTION");
        assertThat(result.treatmentAreas()).containsExactly(SUBOCCIPITALS, STERNOCLEIDOMASTOID, LEVATOR_SCAPULAE,
                SCALENES, MASSETER, TEMPORALIS, SCALP_GALEA);
    }

    @Test
    void upperBackFractureRemovesUpperTrapeziusFromTheNeckAreas() {
        ScreeningResult result = screen(
                ci(false, false, false, false, Set.of(BodyRegion.UPPER_BACK), Set.of(), false, false, false, false),
                new MuscleInvolvement(true, false, false, false));

        assertThat(result.treatmentAreas()).containsExactly(SUBOCCIPITALS, STERNOCLEIDOMASTOID, LEVATOR_SCAPULAE,
                SCALENES);
    }

    @Test
    void fractureElsewhereIsAPrecautionThatRemovesNoArea() {
        ScreeningResult result = screen(
                ci(false, false, false, false, Set.of(BodyRegion.OTHER), Set.of(), false, false, false, false),
                new MuscleInvolvement(false, true, false, false));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
        assertThat(result.treatmentAreas()).containsExactly(MASSETER, TEMPORALIS);
    }

    @Test
    void dizzinessWithNeckMovementRemovesTheNeckRegion() {
        ScreeningResult result = screen(ci(false, false, false, false, Set.of(), Set.of(), false, false, false, true),
                new MuscleInvolvement(true, true, false, false));

        assertThat(result.rules()).extracting(FiredRule::id).containsExactly("PR-CERVICAL-VASCULAR");
        assertThat(result.precautions())
                .containsExactly(new Precaution("PR-CERVICAL-VASCULAR", Set.of(BodyRegion.NECK)));
        assertThat(result.treatmentAreas()).containsExactly(MASSETER, TEMPORALIS);
    }

    @Test
    void dizzinessWithNeckMovementRemovesUpperTrapeziusAlsoWhenOnlyTheUpperBackIsInvolved() {
        ScreeningResult result = screen(ci(false, false, false, false, Set.of(), Set.of(), false, false, false, true),
                new MuscleInvolvement(false, false, true, false));

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE_WITH_PRECAUTIONS);
        assertThat(result.treatmentAreas()).containsExactly(THORACIC_PARASPINALS);
    }

    @Test
    void treatmentAreasComeFromMuscleInvolvementEachAreaOnce() {
        ScreeningResult neckAndUpperBack = screen(AnswersFixture.noContraindications(),
                new MuscleInvolvement(true, false, true, false));
        ScreeningResult jawAndScalp = screen(AnswersFixture.noContraindications(),
                new MuscleInvolvement(false, true, false, true));
        ScreeningResult none = screen(AnswersFixture.noContraindications(),
                new MuscleInvolvement(false, false, false, false));

        assertThat(neckAndUpperBack.treatmentAreas()).containsExactly(SUBOCCIPITALS, UPPER_TRAPEZIUS,
                STERNOCLEIDOMASTOID, LEVATOR_SCAPULAE, SCALENES, THORACIC_PARASPINALS);
        assertThat(jawAndScalp.treatmentAreas()).containsExactly(MASSETER, TEMPORALIS, SCALP_GALEA);
        assertThat(none.treatmentAreas()).isEmpty();
    }
}
