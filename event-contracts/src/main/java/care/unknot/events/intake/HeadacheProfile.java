package care.unknot.events.intake;

/** The headache profile (domain.md 1.3). {@code mohRisk} is the medication-overuse risk flag. */
public record HeadacheProfile(HeadachePhenotype phenotype, HeadacheFrequency frequency, Boolean mohRisk) {
}
