package care.unknot.notification.rest;

import java.time.LocalTime;

/**
 * Reminder times, local to the patient's zone; an absent time is the default (diary 20:00, home program 18:00,
 * quiet hours 21:30-08:00). Quiet hours may span midnight; equal start and end mean none.
 */
public record PreferencesRequest(
        LocalTime diaryReminderTime,
        LocalTime homeProgramReminderTime,
        LocalTime quietHoursStart,
        LocalTime quietHoursEnd) {
}
