package care.unknot.intake.service.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import care.unknot.intake.domain.AnswersFixture;
import care.unknot.intake.domain.BodyRegion;
import care.unknot.intake.domain.ContraindicationAnswers;
import care.unknot.intake.domain.FiredRule;
import care.unknot.intake.domain.Frequency;
import care.unknot.intake.domain.Hit6Band;
import care.unknot.intake.domain.MidasGrade;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.Phenotype;
import care.unknot.intake.domain.RuleLevel;
import care.unknot.intake.domain.ScreeningResult;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OutcomePrecedenceTest {

    private final Screening screening = new Screening(DefaultRules.get());

    private static ContraindicationAnswers clotAndNeckFracture() {
        return new ContraindicationAnswers(false, false, true, false, Set.of(BodyRegion.NECK), Set.of(), false, false,
                false, false);
    }

    @Test
    void emergencyOutranksClearanceAndPrecautionAndEveryMatchedRuleIsListed() {
        AnswersFixture answers = AnswersFixture.eligible().redFlag("RF-FEVER").redFlag("RF-TRAUMA");
        answers.contraindications = clotAndNeckFracture();

        ScreeningResult result = screening.screen(answers.build());

        assertThat(result.outcome()).isEqualTo(Outcome.URGENT_REFERRAL);
        assertThat(result.rules()).extracting(FiredRule::id, FiredRule::level, FiredRule::decisive).containsExactly(
                tuple("RF-FEVER", RuleLevel.EMERGENCY, true),
                tuple("RF-TRAUMA", RuleLevel.CLEARANCE, false),
                tuple("CI-CLOT", RuleLevel.CLEARANCE, false),
                tuple("PR-FRACTURE", RuleLevel.PRECAUTION, false));
        assertThat(result.urgentGuidance()).isNotBlank();
    }

    @Test
    void clearanceOutranksPrecaution() {
        AnswersFixture answers = AnswersFixture.eligible();
        answers.contraindications = clotAndNeckFracture();

        ScreeningResult result = screening.screen(answers.build());

        assertThat(result.outcome()).isEqualTo(Outcome.NEEDS_MEDICAL_CLEARANCE);
        assertThat(result.rules()).extracting(FiredRule::id, FiredRule::decisive)
                .containsExactly(tuple("CI-CLOT", true), tuple("PR-FRACTURE", false));
        assertThat(result.precautions()).extracting(p -> p.ruleId()).containsExactly("PR-FRACTURE");
        assertThat(result.urgentGuidance()).isNull();
    }

    @Test
    void emergencyOutranksAPrecautionWithNoClearanceRuleBetween() {
        AnswersFixture answers = AnswersFixture.eligible().redFlag("RF-EYE");
        answers.contraindications = new ContraindicationAnswers(false, false, false, false, Set.of(), Set.of(), false,
                true, false, false);

        ScreeningResult result = screening.screen(answers.build());

        assertThat(result.outcome()).isEqualTo(Outcome.URGENT_REFERRAL);
        assertThat(result.rules()).extracting(FiredRule::id, FiredRule::decisive)
                .containsExactly(tuple("RF-EYE", true), tuple("PR-BP", false));
        assertThat(result.precautions()).extracting(p -> p.ruleId()).containsExactly("PR-BP");
    }

    @Test
    void twoKindsOfHeadacheOneMigraineLikeOneTensionTypeLikeAreMixed() {
        AnswersFixture answers = AnswersFixture.eligible();
        answers.kinds.add(AnswersFixture.migraineKind());

        ScreeningResult result = screening.screen(answers.build());

        assertThat(result.profile().kinds()).extracting(k -> k.classification())
                .containsExactly(care.unknot.intake.domain.KindClass.TENSION_TYPE_LIKE,
                        care.unknot.intake.domain.KindClass.MIGRAINE_LIKE);
        assertThat(result.profile().phenotype()).isEqualTo(Phenotype.MIXED);
        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void oneMigraineLikeKindAloneIsMigraineLikeNotMixed() {
        AnswersFixture answers = AnswersFixture.eligible();
        answers.kinds.set(0, AnswersFixture.migraineKind());

        assertThat(screening.screen(answers.build()).profile().phenotype()).isEqualTo(Phenotype.MIGRAINE_LIKE);
    }

    @Test
    void profileScoresAndAreasAreComputedForAnUrgentOutcomeToo() {
        AnswersFixture answers = AnswersFixture.eligible().redFlag("RF-NEURO");
        answers.kinds.set(0, AnswersFixture.migraineKind());
        answers.headacheDaysPerMonth = java.util.List.of(20, 18, 16);

        ScreeningResult result = screening.screen(answers.build());

        assertThat(result.outcome()).isEqualTo(Outcome.URGENT_REFERRAL);
        assertThat(result.profile().phenotype()).isEqualTo(Phenotype.MIGRAINE_LIKE);
        assertThat(result.profile().frequency()).isEqualTo(Frequency.CHRONIC);
        assertThat(result.hit6().total()).isEqualTo(56);
        assertThat(result.hit6().band()).isEqualTo(Hit6Band.SUBSTANTIAL_IMPACT);
        assertThat(result.midas().score()).isEqualTo(5);
        assertThat(result.midas().grade()).isEqualTo(MidasGrade.I);
        assertThat(result.treatmentAreas()).isNotEmpty();
    }
}
