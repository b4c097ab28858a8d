package care.unknot.intake.domain;

import java.util.List;

/**
 * What screening concluded on submit (domain.md 1.1-1.4). Stored as computed; never recomputed silently.
 *
 * @param rules every rule that matched, at every level, strongest level first
 * @param urgentGuidance patient-facing guidance to seek urgent care; present only for URGENT_REFERRAL
 */
public record ScreeningResult(
        Outcome outcome,
        List<FiredRule> rules,
        HeadacheProfile profile,
        Hit6Score hit6,
        MidasScore midas,
        List<Precaution> precautions,
        List<TreatmentArea> treatmentAreas,
        String urgentGuidance) {
}
