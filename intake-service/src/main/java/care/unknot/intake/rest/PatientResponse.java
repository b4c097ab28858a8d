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
        @Schema(required = true) UUID id,
        @Schema(required = true) String givenName,
        @Schema(required = true) String familyName,
        LocalDate dateOfBirth,
        String email,
        String phone,
        @Schema(required = true) String timeZone,
        @Schema(required = true) String locale,
        LocalTime diaryReminderTime,
        LocalTime homeProgramReminderTime,
        @Schema(required = true) PatientStatus status,
        String referringPartnerId,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true) Instant updatedAt) {

    static PatientResponse of(Patient patient) {
        PatientDetails d = patient.details();
        return new PatientResponse(patient.id(), d.givenName(), d.familyName(), d.dateOfBirth(), d.email(), d.phone(),
                d.timeZone(), d.locale(), d.diaryReminderTime(), d.homeProgramReminderTime(), patient.status(),
                patient.referringPartnerId(), patient.createdAt(), patient.updatedAt());
    }
}
