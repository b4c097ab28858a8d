package care.unknot.plan.rest;

import care.unknot.plan.domain.therapist.Licence;
import care.unknot.plan.domain.therapist.Therapist;
import care.unknot.plan.domain.therapist.TimeOff;
import care.unknot.plan.domain.therapist.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A therapist of the roster with availability and the time off that is not over yet.
 *
 * @param licence with {@code current}: whether it is current today in the therapist's time zone
 */
@Schema(name = "TherapistResponse")
public record TherapistResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) String subject,
        @Schema(required = true) String name,
        @Schema(required = true) LicenceView licence,
        @Schema(required = true) List<String> certifications,
        @Schema(required = true) int headachePatientsPerMonth,
        @Schema(required = true) String timeZone,
        @Schema(required = true) List<SlotView> weekly,
        @Schema(required = true) List<TimeOffView> timeOff,
        @Schema(required = true) Instant updatedAt) {

    @Schema(name = "TherapistLicence")
    public record LicenceView(@Schema(required = true) String number, @Schema(required = true) String licensingBody,
            @Schema(required = true) LocalDate expiresOn, @Schema(required = true) boolean current) {
    }

    @Schema(name = "WeeklySlot")
    public record SlotView(@Schema(required = true) DayOfWeek day, @Schema(required = true) LocalTime start,
            @Schema(required = true) LocalTime end) {
    }

    @Schema(name = "TimeOff")
    public record TimeOffView(@Schema(required = true) UUID id, @Schema(required = true) Instant startsAt,
            @Schema(required = true) Instant endsAt) {
    }

    static TherapistResponse of(Therapist t, List<TimeOff> timeOff, LocalDate today) {
        Licence licence = t.licence();
        return new TherapistResponse(t.id(), t.subject(), t.name(),
                new LicenceView(licence.number(), licence.licensingBody(), licence.expiresOn(),
                        licence.currentOn(today)),
                t.certifications(), t.headachePatientsPerMonth(), t.zone().getId(),
                t.weeklyAvailability().stream().map(TherapistResponse::slot).toList(),
                timeOff.stream().map(o -> new TimeOffView(o.id(), o.startsAt(), o.endsAt())).toList(),
                t.updatedAt());
    }

    private static SlotView slot(WeeklySlot slot) {
        return new SlotView(slot.day(), slot.start(), slot.end());
    }
}
