package care.unknot.intake.service.screening;

import care.unknot.intake.config.IntakeRules;
import care.unknot.intake.domain.BodyRegion;
import care.unknot.intake.domain.FiredRule;
import care.unknot.intake.domain.IntakeAnswers;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.Precaution;
import care.unknot.intake.domain.RuleLevel;
import care.unknot.intake.domain.ScreeningResult;
import care.unknot.intake.domain.TreatmentArea;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Screening of domain.md section 1: a pure function of the answers and the rules config. Lists every rule that
 * matched, marks the ones at the deciding level, and computes profile and scores for every outcome.
 */
@ApplicationScoped
public class Screening {

    private final IntakeRules rules;
    private final HeadacheProfiler profiler;
    private final Scores scores;
    private final RuleCatalogue catalogue = new RuleCatalogue();

    public Screening(IntakeRules rules) {
        this.rules = rules;
        this.profiler = new HeadacheProfiler(rules);
        this.scores = new Scores(rules);
    }

    public ScreeningResult screen(IntakeAnswers answers) {
        List<ScreeningRule> fired = Arrays.stream(ScreeningRule.values())
                .filter(rule -> rule.firesFor(answers, rules))
                .sorted(Comparator.comparing(ScreeningRule::level))
                .toList();
        Optional<RuleLevel> decidingLevel = fired.stream().map(ScreeningRule::level).min(Comparator.naturalOrder());
        // precedence: URGENT_REFERRAL > NEEDS_MEDICAL_CLEARANCE > ELIGIBLE_WITH_PRECAUTIONS > ELIGIBLE
        Outcome outcome = decidingLevel.map(RuleLevel::outcome).orElse(Outcome.ELIGIBLE);

        List<FiredRule> firedRules = fired.stream()
                .map(rule -> new FiredRule(rule.id(), rule.level(), decidingLevel.get() == rule.level(),
                        catalogue.explanation(rule)))
                .toList();
        List<Precaution> precautions = fired.stream()
                .filter(rule -> rule.level() == RuleLevel.PRECAUTION)
                .map(rule -> new Precaution(rule.id(), rule.excludedRegions(answers)))
                .toList();
        return new ScreeningResult(
                outcome,
                firedRules,
                profiler.profile(answers.history(), answers.medication()),
                scores.hit6(answers.hit6()),
                scores.midas(answers.midas()),
                precautions,
                treatmentAreas(answers, fired),
                outcome == Outcome.URGENT_REFERRAL ? catalogue.urgentGuidance() : null);
    }

    /**
     * Areas of the involved regions minus every area listed under a region a precaution excludes, so an area
     * listed under two regions (upper trapezius, temporalis) goes when either region is affected.
     */
    static List<TreatmentArea> treatmentAreas(IntakeAnswers answers, List<ScreeningRule> fired) {
        Set<TreatmentArea> areas = EnumSet.noneOf(TreatmentArea.class);
        answers.history().muscleInvolvement().regions().forEach(region -> areas.addAll(region.areas()));
        fired.stream()
                .flatMap(rule -> rule.excludedRegions(answers).stream())
                .map(BodyRegion::areas)
                .forEach(areas::removeAll);
        return List.copyOf(areas);
    }
}
