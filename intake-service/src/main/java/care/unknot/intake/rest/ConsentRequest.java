package care.unknot.intake.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** @param partnerId the partner clinic (its {@code partner_id}) the patient consents to share status with */
public record ConsentRequest(@NotNull @Pattern(regexp = "[A-Za-z0-9._-]{1,100}") String partnerId) {
}
