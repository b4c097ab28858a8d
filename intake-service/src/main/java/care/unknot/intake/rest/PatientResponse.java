package care.unknot.intake.rest;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientDetails;
import care.unknot.intake.domain.PatientStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full patient record: for the patient itself, therapists and admins. Partners get {@link PartnerPatientResponse}. */
@Schema(name = "PatientResponse", description = "The full patient record (the patient itself, therapist, admin); "
        + "partners get PartnerPatientResponse")
public record PatientResponse(
        UUID id,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        String email,
        String phone,
        String timeZone,
        String locale,
        LocalTime diaryReminderTime,
        LocalTime homeProgramReminderTime,
        PatientStatus status,
        String referringPartnerId,
        Instant createdAt,
        Instant updatedAt) {

    static PatientResponse of(Patient patient) {
        PatientDetails d = patient.details();
        return new PatientResponse(patient.id(), d.givenName(), d.familyName(), d.dateOfBirth(), d.email(), d.phone(),
                d.timeZone(), d.locale(), d.diaryReminderTime(), d.homeProgramReminderTime(), patient.status(),
                patient.referringPartnerId(), patient.createdAt(), patient.updatedAt());
    }
}
