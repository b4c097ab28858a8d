package care.unknot.intake.rest;

import care.unknot.intake.domain.PatientDetails;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A patient's identity, contact details and settings.
 *
 * @param timeZone IANA zone id; every local date and reminder time of the patient is in it
 * @param locale BCP 47 language tag, e.g. de-DE
 * @param diaryReminderTime preferred local time of the evening diary reminder; absent for the default
 * @param homeProgramReminderTime preferred local time of the home-program reminder; absent for the default
 */
public record PatientRequest(
        @NotBlank @Size(max = 100) String givenName,
        @NotBlank @Size(max = 100) String familyName,
        @Past LocalDate dateOfBirth,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "\\+?[0-9 ()-]{5,40}") String phone,
        @NotNull @IanaTimeZone String timeZone,
        @NotNull @Pattern(regexp = "[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*") @Size(max = 35) String locale,
        LocalTime diaryReminderTime,
        LocalTime homeProgramReminderTime) {

    PatientDetails toDetails() {
        return new PatientDetails(givenName.strip(), familyName.strip(), dateOfBirth, email, phone, timeZone, locale,
                diaryReminderTime, homeProgramReminderTime);
    }
}
