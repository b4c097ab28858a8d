package care.unknot.plan.service.rules;

import care.unknot.events.diary.CheckpointKind;
import care.unknot.events.diary.ProgressBaselineKind;
import care.unknot.events.diary.ProgressMetric;
import care.unknot.events.plan.CheckpointDecision;
import care.unknot.events.plan.ReviewReason;
import java.math.BigDecimal;
import java.util.List;

/**
 * A checkpoint decision proposed to the therapist (domain.md 2.4), who confirms or overrides it.
 *
 * @param baselineValue the metric's baseline per 28 days (exact, or floored to 4 places); null when absent
 * @param windowValue the metric's window figure per 28 days; null when the window is unusable
 * @param reductionPercent (baseline - window) / baseline x 100 (exact, or floored to 4 places; the decision used the
 *        exact fraction); null when the window is unusable or the baseline is 0
 * @param reviewReason why the therapist must review; null for CONTINUE, TAPER and EXTEND
 * @param recommendSeeingPhysician RE_EVALUATE at the program end: the patient is advised to see a physician
 * @param reasons the rule ids that decided ("DOMAIN-2.4-...")
 * @param explanation the decision in plain words for the clinician
 */
public record CheckpointProposal(
        CheckpointKind kind,
        CheckpointDecision decision,
        ProgressMetric metric,
        ProgressBaselineKind baselineKind,
        BigDecimal baselineValue,
        BigDecimal windowValue,
        BigDecimal reductionPercent,
        ReviewReason reviewReason,
        boolean recommendSeeingPhysician,
        List<String> reasons,
        String explanation) {

    public CheckpointProposal {
        reasons = List.copyOf(reasons);
    }
}
