package care.unknot.intake.domain;

/**
 * A screening rule that matched.
 *
 * @param decisive whether its level is the one that decided the outcome
 * @param explanation plain-language explanation for the clinician and patient
 */
public record FiredRule(String id, RuleLevel level, boolean decisive, String explanation) {
}
