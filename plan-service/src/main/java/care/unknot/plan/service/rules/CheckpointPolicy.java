package care.unknot.plan.service.rules;

import care.unknot.events.EventDecimals;
import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressMetric;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.ReviewReason;
import care.unknot.plan.config.PlanRulesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Proposes the checkpoint decision of domain.md 2.4. The reduction is compared with the thresholds as an exact
 * fraction: {@code (b - w) / b x 100 >= t} is decided as {@code 100 (b - w) >= t b} on the figures' numerators and
 * denominators, so 12 -> 8.4 is exactly 30 %. Pure: no persistence.
 */
@ApplicationScoped
public class CheckpointPolicy {

    private static final BigInteger HUNDRED = BigInteger.valueOf(100);

    private final PlanRulesConfig config;

    public CheckpointPolicy(PlanRulesConfig config) {
        this.config = config;
    }

    public CheckpointProposal propose(CheckpointFacts facts) {
        List<String> reasons = new ArrayList<>();
        ProgressMetric metric = metric(facts, reasons);
        Per28 baseline = metric == ProgressMetric.MIGRAINE_DAYS ? facts.baselineMigraineDays()
                : facts.baselineHeadacheDays();
        Per28 window = metric == ProgressMetric.MIGRAINE_DAYS ? facts.windowMigraineDays() : facts.windowHeadacheDays();
        Outcome outcome = new Outcome(facts, metric, baseline, window, reasons);

        if (!facts.usable() || window == null) {
            return outcome.review(ReviewReason.WINDOW_UNUSABLE, "DOMAIN-2.4-WINDOW-UNUSABLE",
                    "the checkpoint window is unusable (too few logged days), so no reduction can be judged");
        }
        if (baseline == null || baseline.isZero()) {
            return outcome.review(ReviewReason.ZERO_BASELINE, "DOMAIN-2.4-ZERO-BASELINE",
                    "the baseline is 0 (or absent), so a reduction cannot be computed");
        }
        int response = config.checkpoint().responsePercent();
        int taper = config.checkpoint().taperPercent();
        if (facts.kind() == CheckpointKind.SESSION_4) {
            return atLeast(baseline, window, response)
                    ? outcome.decide(CheckpointDecision.CONTINUE, null, false, "DOMAIN-2.4-SESSION-4-CONTINUE",
                            "at least " + response + " %: continue the program")
                    : outcome.decide(CheckpointDecision.RE_EVALUATE, ReviewReason.INSUFFICIENT_RESPONSE, false,
                            "DOMAIN-2.4-SESSION-4-RE-EVALUATE", "under " + response
                                    + " %: the therapist re-evaluates; the program goes on unless changed");
        }
        if (atLeast(baseline, window, taper)) {
            return outcome.decide(CheckpointDecision.TAPER, null, false, "DOMAIN-2.4-TAPER", "at least " + taper
                    + " %: taper with maintenance sessions, then discharge with the home program");
        }
        if (atLeast(baseline, window, response)) {
            return facts.alreadyExtended()
                    ? outcome.decide(CheckpointDecision.REVIEW_REQUIRED, ReviewReason.PARTIAL_RESPONSE_AFTER_EXTENSION,
                            false, "DOMAIN-2.4-REVIEW-AFTER-EXTENSION", "between " + response + " and " + taper
                                    + " % after the extension: the therapist reviews the plan")
                    : outcome.decide(CheckpointDecision.EXTEND, null, false, "DOMAIN-2.4-EXTEND", "between "
                            + response + " and " + taper + " %: extend the program once by "
                            + config.extension().sessions() + " sessions over " + config.extension().weeks()
                            + " weeks");
        }
        return outcome.decide(CheckpointDecision.RE_EVALUATE, ReviewReason.INSUFFICIENT_RESPONSE, true,
                "DOMAIN-2.4-PROGRAM-END-RE-EVALUATE", "under " + response
                        + " %: the therapist re-evaluates, and the patient is advised to see a physician");
    }

    /** 2.4: headache days against a RETROSPECTIVE baseline; else migraine days for MIGRAINE_LIKE only. */
    private static ProgressMetric metric(CheckpointFacts facts, List<String> reasons) {
        if (facts.baselineKind() == ProgressBaselineKind.RETROSPECTIVE) {
            reasons.add("DOMAIN-2.4-METRIC:RETROSPECTIVE-BASELINE");
            return ProgressMetric.HEADACHE_DAYS;
        }
        reasons.add("DOMAIN-2.4-METRIC:PHENOTYPE:" + facts.phenotype());
        return facts.phenotype() == HeadachePhenotype.MIGRAINE_LIKE ? ProgressMetric.MIGRAINE_DAYS
                : ProgressMetric.HEADACHE_DAYS;
    }

    /** (b - w) / b x 100 >= percent, exactly: 100 (b - w) >= percent x b, over the common denominator. */
    static boolean atLeast(Per28 baseline, Per28 window, int percent) {
        BigInteger b = baseline.numerator().multiply(window.denominator());
        BigInteger w = window.numerator().multiply(baseline.denominator());
        return HUNDRED.multiply(b.subtract(w)).compareTo(BigInteger.valueOf(percent).multiply(b)) >= 0;
    }

    /** The reduction for display: exact, or floored to 4 places (a value under a threshold never shows as on it). */
    static BigDecimal reductionPercent(Per28 baseline, Per28 window) {
        BigInteger b = baseline.numerator().multiply(window.denominator());
        BigInteger w = window.numerator().multiply(baseline.denominator());
        return EventDecimals.quotient(new BigDecimal(HUNDRED.multiply(b.subtract(w))), new BigDecimal(b));
    }

    private record Outcome(CheckpointFacts facts, ProgressMetric metric, Per28 baseline, Per28 window,
            List<String> reasons) {

        CheckpointProposal review(ReviewReason reason, String ruleId, String why) {
            reasons.add(ruleId);
            return proposal(CheckpointDecision.REVIEW_REQUIRED, reason, false, null, why + ": review required.");
        }

        CheckpointProposal decide(CheckpointDecision decision, ReviewReason reason, boolean seePhysician,
                String ruleId, String why) {
            reasons.add(ruleId);
            BigDecimal reduction = reductionPercent(baseline, window);
            String text = metricWords() + " per 28 days went from " + baseline.toDecimal().toPlainString() + " ("
                    + String.valueOf(facts.baselineKind()).toLowerCase() + " baseline) to "
                    + window.toDecimal().toPlainString() + ", a reduction of " + reduction.toPlainString() + " %; "
                    + why + ".";
            return proposal(decision, reason, seePhysician, reduction, text);
        }

        private CheckpointProposal proposal(CheckpointDecision decision, ReviewReason reason, boolean seePhysician,
                BigDecimal reduction, String text) {
            String title = facts.kind() == CheckpointKind.SESSION_4 ? "Session-4 checkpoint: "
                    : "End-of-program checkpoint: ";
            return new CheckpointProposal(facts.kind(), decision, metric, facts.baselineKind(),
                    baseline == null ? null : baseline.toDecimal(),
                    facts.usable() && window != null ? window.toDecimal() : null, reduction, reason, seePhysician,
                    reasons, title + text);
        }

        private String metricWords() {
            return metric == ProgressMetric.MIGRAINE_DAYS ? "Migraine days" : "Headache days";
        }
    }
}
