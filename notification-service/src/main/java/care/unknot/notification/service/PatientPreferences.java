package care.unknot.notification.service;

import care.unknot.notification.config.ReminderConfig;
import care.unknot.notification.domain.QuietHours;
import care.unknot.notification.repository.PatientSettings;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

/** A patient's effective reminder settings: the stored ones, else the configured defaults (UTC, English). */
public record PatientPreferences(ZoneId zone, String locale, LocalTime diaryTime, LocalTime homeProgramTime,
        QuietHours quietHours) {

    static PatientPreferences of(Optional<PatientSettings> stored, ReminderConfig.Defaults defaults) {
        return stored.map(s -> new PatientPreferences(s.zone(), s.locale(), or(s.diaryTime(), defaults.diaryTime()),
                or(s.homeProgramTime(), defaults.homeProgramTime()),
                new QuietHours(or(s.quietStart(), defaults.quietStart()), or(s.quietEnd(), defaults.quietEnd()))))
                .orElseGet(() -> new PatientPreferences(ZoneId.of("UTC"), "en", defaults.diaryTime(),
                        defaults.homeProgramTime(), new QuietHours(defaults.quietStart(), defaults.quietEnd())));
    }

    private static LocalTime or(LocalTime value, LocalTime fallback) {
        return value == null ? fallback : value;
    }
}
