package care.unknot.plan.service.rules;

import care.unknot.plan.config.PlanRulesConfig;
import jakarta.enterprise.context.ApplicationScoped;

/** Drafts a plan from a reviewed, eligible intake (domain.md 2.1-2.5, precautions of 1.2). Pure: no persistence. */
@ApplicationScoped
public class DraftPolicy {

    private final PlanRulesConfig config;

    public DraftPolicy(PlanRulesConfig config) {
        this.config = config;
    }

    /** @throws IllegalArgumentException for an URGENT_REFERRAL intake (never a plan) */
    public PlanDraft draft(DraftInput input) {
        throw new UnsupportedOperationException("skeleton");
    }

    /** Whether a session length is allowed (30-60 minutes). */
    public boolean sessionMinutesAllowed(int minutes) {
        return minutes >= config.program().minSessionMinutes() && minutes <= config.program().maxSessionMinutes();
    }
}
