package care.unknot.events.intake;

/**
 * A screening rule that matched (domain.md 1.4).
 *
 * @param ruleId e.g. {@code RF-THUNDERCLAP}, {@code CI-CLOT}, {@code PR-BP}
 * @param decisive true when the rule is at the level that decided the outcome
 */
public record FiredRule(String ruleId, RuleLevel level, Boolean decisive) {
}
