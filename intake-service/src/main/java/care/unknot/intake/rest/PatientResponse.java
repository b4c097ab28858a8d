package care.unknot.intake.rest;

import care.unknot.intake.domain.Patient;
import care.unknot.intake.domain.PatientDetails;
import care.unknot.intake.domain.PatientStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

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
