package care.unknot.intake.domain;

import java.util.List;

/**
 * The triage profile of domain.md 1.3 (not a diagnosis).
 *
 * @param mohReasons which medication-overuse thresholds were met; empty when no MOH risk
 */
public record HeadacheProfile(
        Phenotype phenotype,
        List<KindProfile> kinds,
        Frequency frequency,
        boolean mohRisk,
        List<MohReason> mohReasons) {
}
