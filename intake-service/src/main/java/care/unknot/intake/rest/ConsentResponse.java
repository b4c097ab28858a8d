package care.unknot.intake.rest;

import care.unknot.intake.domain.SharingConsent;
import java.time.Instant;

public record ConsentResponse(String partnerId, boolean active, Instant grantedAt, Instant revokedAt) {

    static ConsentResponse of(SharingConsent consent) {
        return new ConsentResponse(consent.partnerId(), consent.active(), consent.grantedAt(), consent.revokedAt());
    }
}
