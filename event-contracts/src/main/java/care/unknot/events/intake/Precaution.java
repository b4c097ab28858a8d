package care.unknot.events.intake;

import care.unknot.events.EventLists;
import java.util.List;

/**
 * A precaution plan-service applies (domain.md 1.2, 2.3).
 *
 * @param ruleId a PR-* rule id
 * @param affectedRegions regions with no treatment areas (PR-FRACTURE, PR-INFECTION; NECK for
 *        PR-CERVICAL-VASCULAR); empty for precautions that soften techniques only
 */
public record Precaution(String ruleId, List<BodyRegion> affectedRegions) {

    public Precaution {
        affectedRegions = EventLists.copyOrEmpty(affectedRegions);
    }
}
