package care.unknot.diary.domain;

import care.unknot.diary.config.DiaryConfig;

/** Reduction % = (baseline - window) / baseline x 100 on normalised counts, and its class (3.3). */
public class Reductions {

    private final DiaryConfig.Responder rules;

    public Reductions(DiaryConfig.Responder rules) {
        this.rules = rules;
    }

    /** Null when there is nothing to compare: no baseline, a baseline of 0, or no normalised window figure. */
    public static Fraction percent(Fraction baseline, Fraction window) {
        if (baseline == null || baseline.isZero() || window == null) {
            return null;
        }
        return baseline.minus(window).dividedBy(baseline).times(100);
    }

    public ResponderClass classify(Fraction reductionPercent) {
        if (reductionPercent == null) {
            return ResponderClass.INSUFFICIENT_DATA;
        }
        if (reductionPercent.isAtLeast(rules.responderPercent())) {
            return ResponderClass.RESPONDER;
        }
        return reductionPercent.isAtLeast(rules.partialPercent()) ? ResponderClass.PARTIAL : ResponderClass.NON_RESPONDER;
    }
}
