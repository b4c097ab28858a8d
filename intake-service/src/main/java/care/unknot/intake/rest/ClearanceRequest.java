package care.unknot.intake.rest;

import care.unknot.intake.domain.ClearanceScope;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/**
 * A physician's clearance.
 *
 * @param clearedOn the date on the clearance; not after today (checked against the service clock)
 * @param restrictedRuleIds with WITH_RESTRICTIONS (then required): the PR-* precautions the clearance keeps in force
 */
public record ClearanceRequest(
        @NotBlank @Size(max = 200) String clinicianName,
        @NotNull LocalDate clearedOn,
        @NotNull ClearanceScope scope,
        @Size(max = 10) List<@NotNull @Pattern(regexp = "PR-[A-Z-]{1,30}") String> restrictedRuleIds,
        @NotBlank @Size(max = 200) String documentReference) {
}
