package care.unknot.events.intake;

import java.time.LocalTime;

/** The patient's preferred local reminder times (domain.md 4); null means the notification-service default. */
public record ReminderPreferences(LocalTime diaryEveningTime, LocalTime homeProgramTime) {
}
