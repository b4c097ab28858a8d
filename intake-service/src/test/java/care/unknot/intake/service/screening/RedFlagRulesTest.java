package care.unknot.intake.service.screening;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.intake.domain.AnswersFixture;
import care.unknot.intake.domain.FiredRule;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.RuleLevel;
import care.unknot.intake.domain.ScreeningResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedFlagRulesTest {

    private final Screening screening = new Screening(DefaultRules.get());

    @Test
    void screeningWithNoRedFlagOrContraindicationIsEligibleAndFiresNothing() {
        ScreeningResult result = screening.screen(AnswersFixture.eligible().build());

        assertThat(result.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(result.rules()).isEmpty();
        assertThat(result.urgentGuidance()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "RF-THUNDERCLAP, EMERGENCY, URGENT_REFERRAL",
            "RF-NEURO, EMERGENCY, URGENT_REFERRAL",
            "RF-FEVER, EMERGENCY, URGENT_REFERRAL",
            "RF-EYE, EMERGENCY, URGENT_REFERRAL",
            "RF-PATTERN, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-POSITIONAL, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-VALSALVA, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-TRAUMA, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-NEOPLASM, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-IMMUNE, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-PREGNANCY, CLEARANCE, NEEDS_MEDICAL_CLEARANCE",
            "RF-PAINKILLER, CLEARANCE, NEEDS_MEDICAL_CLEARANCE"})
    void aYesToARedFlagQuestionFiresItsRuleAndDecidesTheOutcome(String ruleId, RuleLevel level, Outcome outcome) {
        ScreeningResult result = screening.screen(AnswersFixture.eligible().redFlag(ruleId).build());

        assertThat(result.outcome()).isEqualTo(outcome);
        assertThat(result.rules()).singleElement().satisfies(rule -> {
            assertThat(rule.id()).isEqualTo(ruleId);
            assertThat(rule.level()).isEqualTo(level);
            assertThat(rule.decisive()).isTrue();
            assertThat(rule.explanation()).isNotBlank().doesNotContain(ruleId);
        });
    }

    @Test
    void screeningRefersThunderclapOnsetUrgentlyWithGuidanceToSeekCare() {
        ScreeningResult result = screening.screen(AnswersFixture.eligible().redFlag("RF-THUNDERCLAP").build());

        assertThat(result.outcome()).isEqualTo(Outcome.URGENT_REFERRAL);
        assertThat(result.urgentGuidance()).contains("urgent medical care");
    }

    @ParameterizedTest(name = "onset at {0} fires RF-ONSET-AGE: {1}")
    @CsvSource({"49, false", "50, false", "51, true", "70, true"})
    void headacheBeginningAfterAgeFiftyNeedsClearance(int ageAtOnset, boolean fires) {
        AnswersFixture answers = AnswersFixture.eligible();
        answers.ageAtOnset = ageAtOnset;

        ScreeningResult result = screening.screen(answers.build());

        assertThat(result.rules()).extracting(FiredRule::id)
                .containsExactlyElementsOf(fires ? java.util.List.of("RF-ONSET-AGE") : java.util.List.of());
        assertThat(result.outcome()).isEqualTo(fires ? Outcome.NEEDS_MEDICAL_CLEARANCE : Outcome.ELIGIBLE);
    }
}
