package care.unknot.plan.service.rules;

import care.unknot.plan.config.PlanRulesConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Proposes the checkpoint decision of domain.md 2.4 on exact values. Pure: no persistence. */
@ApplicationScoped
public class CheckpointPolicy {

    private final PlanRulesConfig config;

    public CheckpointPolicy(PlanRulesConfig config) {
        this.config = config;
    }

    public CheckpointProposal propose(CheckpointFacts facts) {
        throw new UnsupportedOperationException("skeleton");
    }
}
