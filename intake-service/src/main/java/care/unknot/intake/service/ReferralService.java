package care.unknot.intake.service;

import care.unknot.intake.domain.Intake;
import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.PatientCareStatus;
import care.unknot.intake.domain.Referral;
import care.unknot.intake.repository.CareStatusRepository;
import care.unknot.intake.repository.IntakeRepository;
import care.unknot.intake.repository.ReferralRepository;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner's view of its own referrals: status and screened outcome, no clinical detail. The status is the
 * patient's care status from plan.events when plan-service has reported one (PLAN_ACTIVE after plan.activated,
 * DISCHARGED after plan.completed; the newest event wins, see {@code messaging.PlanEventsConsumer}); otherwise
 * SCREENED once an intake was screened, else RECEIVED. The outcome in force of the latest intake is reported with
 * every status after screening.
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
    private final CareStatusRepository careStatuses;
    private final CurrentUser user;

    public ReferralService(ReferralRepository referrals, IntakeRepository intakes, CareStatusRepository careStatuses,
            CurrentUser user) {
        this.referrals = referrals;
        this.intakes = intakes;
        this.careStatuses = careStatuses;
        this.user = user;
    }

    public List<ReferralState> mine(UUID after, int limit) {
        List<Referral> page = referrals.ofPartner(partnerId(), after, limit);
        Map<UUID, PatientCareStatus> care = careStatuses.of(page.stream().map(Referral::patientId).toList());
        return page.stream().map(r -> stateOf(r, Optional.ofNullable(care.get(r.patientId())))).toList();
    }

    public ReferralState mine(UUID referralId) {
        return referrals.ofPartner(partnerId(), referralId)
                .map(r -> stateOf(r, careStatuses.of(r.patientId())))
                .orElseThrow(() -> ProblemException.notFound("No such referral."));
    }

    /** The calling partner's own referrals of a patient (the caller has passed {@code PatientAccess}). */
    public List<ReferralState> mineOf(UUID patientId) {
        List<Referral> own = referrals.ofPartnerForPatient(partnerId(), patientId);
        if (own.isEmpty()) {
            return List.of();
        }
        Optional<PatientCareStatus> care = careStatuses.of(patientId);
        return own.stream().map(r -> stateOf(r, care)).toList();
    }

    private ReferralState stateOf(Referral referral, Optional<PatientCareStatus> care) {
        Outcome outcome = intakes.latestOf(referral.patientId()).map(Intake::outcome).orElse(null);
        if (care.isPresent()) {
            return new ReferralState(referral, switch (care.get().status()) {
                case PLAN_ACTIVE -> ReferralStatus.PLAN_ACTIVE;
                case DISCHARGED -> ReferralStatus.DISCHARGED;
            }, outcome);
        }
        return new ReferralState(referral, outcome == null ? ReferralStatus.RECEIVED : ReferralStatus.SCREENED,
                outcome);
    }

    private String partnerId() {
        return user.partnerId()
                .orElseThrow(() -> ProblemException.forbidden("The token carries no partner_id claim."));
    }
}
