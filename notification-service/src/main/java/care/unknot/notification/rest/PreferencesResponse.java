package care.unknot.notification.rest;

import care.unknot.events.notification.Channel;
import care.unknot.notification.service.PreferencesService;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The effective reminder settings (defaults filled in) and every channel with its consent. */
public record PreferencesResponse(
        @Schema(required = true) UUID patientId,
        @Schema(required = true) String timeZone,
        @Schema(required = true) String locale,
        @Schema(required = true) LocalTime diaryReminderTime,
        @Schema(required = true) LocalTime homeProgramReminderTime,
        @Schema(required = true) LocalTime quietHoursStart,
        @Schema(required = true) LocalTime quietHoursEnd,
        @Schema(required = true) List<ChannelResponse> channels) {

    public record ChannelResponse(@Schema(required = true) Channel channel, @Schema(required = true) boolean consent,
            String address) {
    }

    static PreferencesResponse of(PreferencesService.View view) {
        var e = view.effective();
        return new PreferencesResponse(view.stored().patientId(), e.zone().getId(), e.locale(), e.diaryTime(),
                e.homeProgramTime(), e.quietHours().start(), e.quietHours().end(), view.channels().stream()
                        .map(c -> new ChannelResponse(c.channel(), c.consent(), c.address())).toList());
    }
}
