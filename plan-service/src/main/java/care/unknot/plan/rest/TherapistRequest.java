package care.unknot.plan.rest;

import care.unknot.plan.domain.therapist.Licence;
import care.unknot.plan.domain.therapist.TherapistProfile;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A therapist as the admin records it (domain.md 2.7).
 *
 * @param subject the token subject of the therapist's login (unique)
 * @param certifications e.g. "myofascial release", "trigger point therapy"
 * @param headachePatientsPerMonth headache patients treated per month
 * @param timeZone IANA zone id; the weekly availability is in it
 */
public record TherapistRequest(
        @NotBlank @Size(max = 255) String subject,
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid LicenceRequest licence,
        @Size(max = 20) List<@NotBlank @Size(max = 100) String> certifications,
        @NotNull @Min(0) @Max(10000) Integer headachePatientsPerMonth,
        @NotNull @ValidZoneId String timeZone) {

    /** @param expiresOn the licence is current through this date */
    public record LicenceRequest(
            @NotBlank @Size(max = 64) String number,
            @NotBlank @Size(max = 200) String licensingBody,
            @NotNull LocalDate expiresOn) {
    }

    TherapistProfile toProfile() {
        return new TherapistProfile(name.strip(),
                new Licence(licence.number().strip(), licence.licensingBody().strip(), licence.expiresOn()),
                certifications == null ? List.of() : certifications.stream().map(String::strip).toList(),
                headachePatientsPerMonth, ZoneId.of(timeZone));
    }
}
