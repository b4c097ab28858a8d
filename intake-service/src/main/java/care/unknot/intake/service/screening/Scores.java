package care.unknot.intake.service.screening;

import care.unknot.intake.config.IntakeRules;
import care.unknot.intake.domain.Hit6Answer;
import care.unknot.intake.domain.Hit6Band;
import care.unknot.intake.domain.Hit6Score;
import care.unknot.intake.domain.MidasAnswers;
import care.unknot.intake.domain.MidasGrade;
import care.unknot.intake.domain.MidasScore;
import java.util.List;

/** HIT-6 and MIDAS scoring of domain.md 1.4. */
final class Scores {

    private final IntakeRules rules;

    Scores(IntakeRules rules) {
        this.rules = rules;
    }

    int hit6Weight(Hit6Answer answer) {
        IntakeRules.Hit6 weights = rules.hit6();
        return switch (answer) {
            case NEVER -> weights.never();
            case RARELY -> weights.rarely();
            case SOMETIMES -> weights.sometimes();
            case VERY_OFTEN -> weights.veryOften();
            case ALWAYS -> weights.always();
        };
    }

    Hit6Score hit6(List<Hit6Answer> answers) {
        int total = answers.stream().mapToInt(this::hit6Weight).sum();
        return new Hit6Score(total, hit6Band(total));
    }

    Hit6Band hit6Band(int total) {
        IntakeRules.Hit6 limits = rules.hit6();
        if (total <= limits.littleOrNoImpactMax()) {
            return Hit6Band.LITTLE_OR_NO_IMPACT;
        }
        if (total <= limits.someImpactMax()) {
            return Hit6Band.SOME_IMPACT;
        }
        return total <= limits.substantialImpactMax() ? Hit6Band.SUBSTANTIAL_IMPACT : Hit6Band.SEVERE_IMPACT;
    }

    /** Items A and B are recorded, not scored. */
    MidasScore midas(MidasAnswers answers) {
        int score = answers.scoredDays();
        return new MidasScore(score, midasGrade(score));
    }

    MidasGrade midasGrade(int score) {
        IntakeRules.Midas limits = rules.midas();
        if (score <= limits.gradeOneMax()) {
            return MidasGrade.I;
        }
        if (score <= limits.gradeTwoMax()) {
            return MidasGrade.II;
        }
        return score <= limits.gradeThreeMax() ? MidasGrade.III : MidasGrade.IV;
    }
}
