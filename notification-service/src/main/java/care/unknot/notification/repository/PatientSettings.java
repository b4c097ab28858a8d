package care.unknot.notification.repository;

import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;

/** The patient's read copy; a null time means the configured default. */
public record PatientSettings(UUID patientId, ZoneId zone, String locale, LocalTime diaryTime,
        LocalTime homeProgramTime, LocalTime quietStart, LocalTime quietEnd, long version) {
}
