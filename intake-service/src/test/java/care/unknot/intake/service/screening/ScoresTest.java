package care.unknot.intake.service.screening;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.intake.domain.Hit6Answer;
import care.unknot.intake.domain.Hit6Band;
import care.unknot.intake.domain.MidasAnswers;
import care.unknot.intake.domain.MidasGrade;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScoresTest {

    private final Scores scores = new Scores(DefaultRules.get());

    @ParameterizedTest(name = "six times {0} -> {1}")
    @CsvSource({"NEVER, 36", "RARELY, 48", "SOMETIMES, 60", "VERY_OFTEN, 66", "ALWAYS, 78"})
    void everyHit6AnswerHasItsWeight(Hit6Answer answer, int total) {
        assertThat(scores.hit6(Collections.nCopies(6, answer)).total()).isEqualTo(total);
    }

    @ParameterizedTest(name = "one {0} among NEVERs adds {1}")
    @CsvSource({"NEVER, 6", "RARELY, 8", "SOMETIMES, 10", "VERY_OFTEN, 11", "ALWAYS, 13"})
    void eachItemCountsWithItsAnswersWeight(Hit6Answer answer, int weight) {
        for (int item = 0; item < 6; item++) {
            List<Hit6Answer> answers = new java.util.ArrayList<>(Collections.nCopies(6, Hit6Answer.NEVER));
            answers.set(item, answer);
            assertThat(scores.hit6(answers).total()).as("item %d", item + 1).isEqualTo(30 + weight);
        }
    }

    @ParameterizedTest(name = "HIT-6 {0} -> {1}")
    @CsvSource({
            "36, LITTLE_OR_NO_IMPACT", "49, LITTLE_OR_NO_IMPACT", "50, SOME_IMPACT", "55, SOME_IMPACT",
            "56, SUBSTANTIAL_IMPACT", "59, SUBSTANTIAL_IMPACT", "60, SEVERE_IMPACT", "78, SEVERE_IMPACT"})
    void hit6TotalFallsInItsBand(int total, Hit6Band band) {
        assertThat(scores.hit6Band(total)).isEqualTo(band);
    }

    @ParameterizedTest(name = "answers scoring {0} -> {1}")
    @CsvSource({
            "NEVER NEVER NEVER NEVER VERY_OFTEN ALWAYS, 48, LITTLE_OR_NO_IMPACT",
            "NEVER NEVER NEVER RARELY SOMETIMES ALWAYS, 49, LITTLE_OR_NO_IMPACT",
            "NEVER NEVER RARELY RARELY VERY_OFTEN VERY_OFTEN, 50, SOME_IMPACT",
            "RARELY RARELY RARELY RARELY RARELY VERY_OFTEN, 51, SOME_IMPACT",
            "NEVER RARELY RARELY RARELY VERY_OFTEN VERY_OFTEN, 52, SOME_IMPACT",
            "NEVER NEVER SOMETIMES SOMETIMES SOMETIMES VERY_OFTEN, 53, SOME_IMPACT",
            "RARELY RARELY RARELY RARELY SOMETIMES SOMETIMES, 52, SOME_IMPACT",
            "NEVER RARELY RARELY SOMETIMES VERY_OFTEN VERY_OFTEN, 54, SOME_IMPACT",
            "RARELY RARELY RARELY SOMETIMES SOMETIMES VERY_OFTEN, 55, SOME_IMPACT",
            "RARELY RARELY SOMETIMES SOMETIMES SOMETIMES RARELY, 54, SOME_IMPACT",
            "RARELY RARELY SOMETIMES SOMETIMES SOMETIMES SOMETIMES, 56, SUBSTANTIAL_IMPACT",
            "RARELY SOMETIMES SOMETIMES SOMETIMES SOMETIMES VERY_OFTEN, 59, SUBSTANTIAL_IMPACT",
            "SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES SOMETIMES, 60, SEVERE_IMPACT"})
    void hit6AnswersAreScoredAndBandedAtTheBoundaries(String answers, int total, Hit6Band band) {
        List<Hit6Answer> items = java.util.Arrays.stream(answers.split(" ")).map(Hit6Answer::valueOf).toList();

        var score = scores.hit6(items);

        assertThat(score.total()).isEqualTo(total);
        assertThat(score.band()).isEqualTo(band);
    }

    @ParameterizedTest(name = "MIDAS {0}+{1}+{2}+{3}+{4} -> {5} {6}")
    @CsvSource({
            "0, 0, 0, 0, 0, 0, I",
            "1, 1, 1, 1, 1, 5, I",
            "2, 1, 1, 1, 1, 6, II",
            "2, 2, 2, 2, 2, 10, II",
            "3, 2, 2, 2, 2, 11, III",
            "4, 4, 4, 4, 4, 20, III",
            "5, 4, 4, 4, 4, 21, IV",
            "90, 90, 90, 90, 90, 450, IV"})
    void midasScoreIsTheSumOfItemsOneToFiveGradedAtTheBoundaries(int item1, int item2, int item3, int item4,
            int item5, int score, MidasGrade grade) {
        var result = scores.midas(new MidasAnswers(item1, item2, item3, item4, item5, 80, 9));

        assertThat(result.score()).isEqualTo(score);
        assertThat(result.grade()).isEqualTo(grade);
    }
}
