package care.unknot.intake.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A partner clinic refers a patient: identity and contact, the reason, and the partner's own reference.
 */
public record ReferralRequest(
        @NotNull @Valid PatientRequest patient,
        @NotBlank @Size(max = 100) String partnerReference,
        @NotBlank @Size(max = 2000) String reason) {
}
