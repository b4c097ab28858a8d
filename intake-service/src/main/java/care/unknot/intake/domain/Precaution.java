package care.unknot.intake.domain;

import java.util.Set;

/**
 * A PR-* rule passed on to plan-service, which softens or removes techniques and areas (domain.md 1.2, 2.3).
 *
 * @param regions the regions it concerns (empty when it concerns the technique, not a region)
 */
public record Precaution(String ruleId, Set<BodyRegion> regions) {
}
