package care.unknot.intake.rest;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientStatus;
import care.unknot.intake.service.ReferralService.ReferralState;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a partner sees of a patient it referred or that consented to share status with it (least privilege, issue 3:
 * status and "no clinical detail beyond that"): the id, the patient's status and the partner's own referrals of the
 * patient with their status. Never names, date of birth, contact details, time zone, locale, reminder preferences,
 * another partner's id or the version (partners cannot update a patient). A referring partner supplied identity and
 * contact details itself and finds them in its own records under its {@code partnerReference}; the patient may have
 * changed them since, and those changes are not the partner's to read.
 */
@Schema(name = "PartnerPatientResponse", description = "A partner's view of a patient it referred or that consented "
        + "to share status with it: id, status and the partner's own referrals; no identity, contact or clinical data")
public record PartnerPatientResponse(
        @Schema(required = true, description = "The patient id") UUID id,
        @Schema(required = true, description = "REGISTERED, AWAITING_REVIEW, AWAITING_CLEARANCE, ELIGIBLE or URGENT_REFERRAL: follows "
                + "the latest intake") PatientStatus status,
        @Schema(required = true, description = "The calling partner's own referrals of this patient, oldest first, each with its "
                + "status and outcome in force; empty for a partner that sees the patient through consent only")
        List<ReferralResponse> referrals) {

    static PartnerPatientResponse of(Patient patient, List<ReferralState> ownReferrals) {
        return new PartnerPatientResponse(patient.id(), patient.status(),
                ownReferrals.stream().map(ReferralResponse::of).toList());
    }
}
