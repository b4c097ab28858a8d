package care.unknot.intake.service;

import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.Referral;
import care.unknot.intake.repository.IntakeRepository;
import care.unknot.intake.repository.ReferralRepository;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's view of its own referrals: status and screened outcome, no clinical detail. PLAN_ACTIVE and
 * DISCHARGED will come from plan.events (plan.activated, plan.completed) once intake consumes them; until then
 * intake reports only what it knows: RECEIVED or SCREENED.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReferralService {

    public enum ReferralStatus {
        RECEIVED, SCREENED, PLAN_ACTIVE, DISCHARGED
    }

    public record ReferralState(Referral referral, ReferralStatus status, Outcome outcome) {
    }

    private final ReferralRepository referrals;
    private final IntakeRepository intakes;
    private final CurrentUser user;

    public ReferralService(ReferralRepository referrals, IntakeRepository intakes, CurrentUser user) {
        this.referrals = referrals;
        this.intakes = intakes;
        this.user = user;
    }

    public List<ReferralState> mine(UUID after, int limit) {
        return referrals.ofPartner(partnerId(), after, limit).stream().map(this::stateOf).toList();
    }

    public ReferralState mine(UUID referralId) {
        return referrals.ofPartner(partnerId(), referralId).map(this::stateOf)
                .orElseThrow(() -> ProblemException.notFound("No such referral."));
    }

    private ReferralState stateOf(Referral referral) {
        Optional<Intake> latest = intakes.latestOf(referral.patientId());
        return latest.map(intake -> new ReferralState(referral, ReferralStatus.SCREENED, intake.outcome()))
                .orElseGet(() -> new ReferralState(referral, ReferralStatus.RECEIVED, null));
    }

    private String partnerId() {
        return user.partnerId()
                .orElseThrow(() -> ProblemException.forbidden("The token carries no partner_id claim."));
    }
}
