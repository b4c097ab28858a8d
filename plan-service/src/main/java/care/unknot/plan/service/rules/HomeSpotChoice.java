package care.unknot.plan.service.rules;

import care.unknot.events.plan.HomeProgramSpot;
import java.util.List;

/** One spot on one side of the home program, its tool, and why (domain.md 2.5). */
public record HomeSpotChoice(HomeProgramSpot spot, BodySide side, SpotStatus status, HomeTool tool,
        List<String> reasons) {

    public HomeSpotChoice {
        reasons = List.copyOf(reasons);
    }
}
