package care.unknot.intake.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/** A patient's identity, contact and settings as stored (validated at the API). */
public record PatientDetails(String givenName, String familyName, LocalDate dateOfBirth, String email, String phone,
        String timeZone, String locale, LocalTime diaryReminderTime, LocalTime homeProgramReminderTime) {
}
