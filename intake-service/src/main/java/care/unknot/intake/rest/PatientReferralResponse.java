package care.unknot.intake.rest;

import care.unknot.intake.domain.Referral;
import java.time.Instant;
import java.util.UUID;

/** A referral as staff see it, with the partner's reason. */
public record PatientReferralResponse(UUID id, String partnerId, String partnerReference, String reason,
        Instant receivedAt) {

    static PatientReferralResponse of(Referral referral) {
        return new PatientReferralResponse(referral.id(), referral.partnerId(), referral.partnerReference(),
                referral.reason(), referral.receivedAt());
    }
}
