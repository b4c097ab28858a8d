package care.unknot.intake.rest;

import care.unknot.intake.domain.Outcome;
import care.unknot.intake.service.ReferralService.ReferralState;
import care.unknot.intake.service.ReferralService.ReferralStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * What a partner may know about its referral: status (RECEIVED, SCREENED, or from plan.events PLAN_ACTIVE /
 * DISCHARGED) and, once screened, the outcome in force; nothing clinical.
 */
public record ReferralResponse(UUID id, UUID patientId, String partnerReference, ReferralStatus status,
        Outcome outcome, Instant receivedAt) {

    static ReferralResponse of(ReferralState state) {
        return new ReferralResponse(state.referral().id(), state.referral().patientId(),
                state.referral().partnerReference(), state.status(), state.outcome(), state.referral().receivedAt());
    }
}
