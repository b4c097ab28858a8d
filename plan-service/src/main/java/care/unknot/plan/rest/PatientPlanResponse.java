package care.unknot.plan.rest;

import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.plan.domain.PlanStatus;
import care.unknot.plan.service.PatientPlanView;
import care.unknot.plan.service.rules.BodySide;
import care.unknot.plan.service.rules.HomeTool;
import care.unknot.plan.service.rules.LifestyleModule;
import care.unknot.plan.service.rules.SpotStatus;
import care.unknot.events.plan.HomeProgramSpot;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The patient's own plan in plain words: no rule ids, no clinical reasons.
 *
 * @param summary the plan in plain words
 * @param upcomingSessions booked sessions from now on, in the patient's time zone
 * @param ifSymptomsWorsen what to do on severe or worsening pain, dizziness or numbness
 */
public record PatientPlanResponse(
        @Schema(required = true) UUID planId,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) String summary,
        @Schema(required = true) List<Upcoming> upcomingSessions,
        @Schema(required = true) HomeProgram homeProgram,
        @Schema(required = true) List<LifestyleModule> lifestyleModules,
        @Schema(required = true) String ifSymptomsWorsen) {

    /** A booked session; {@code startsAt} carries the patient's offset on that day. */
    public record Upcoming(@Schema(required = true) int number, @Schema(required = true) String startsAt,
            @Schema(required = true) LocalDate localDate, @Schema(required = true) String localTime,
            @Schema(required = true) String timeZone, @Schema(required = true) int durationMinutes) {
    }

    public record Spot(@Schema(required = true) HomeProgramSpot spot, @Schema(required = true) BodySide side,
            @Schema(required = true) HomeTool tool) {
    }

    /** The home program (domain.md 2.5): spots, hold times, how often, heat or cold, safety notes. */
    public record HomeProgram(@Schema(required = true) LocalDate from,
            @Schema(required = true) HomeProgramFrequency frequency, @Schema(required = true) List<Spot> spots,
            @Schema(required = true) int holdSecondsStart, @Schema(required = true) int holdSecondsMax,
            String heatOrCold, @Schema(required = true) List<String> safetyNotes) {
    }

    static PatientPlanResponse of(PatientPlanView.View view) {
        var home = view.draft().homeProgram();
        List<Spot> spots = home.spots().stream().filter(s -> s.status() == SpotStatus.INCLUDED)
                .map(s -> new Spot(s.spot(), s.side(), s.tool())).toList();
        return new PatientPlanResponse(view.plan().id(), view.plan().status(), view.summary(),
                view.upcoming().stream().map(s -> new Upcoming(s.number(), s.startsAtLocal().toString(),
                        s.localDate(), s.localStart().toLocalTime().toString(), s.zone().getId(),
                        s.durationMinutes())).toList(),
                new HomeProgram(view.plan().homeProgramAssignedOn(), home.frequency().value(), spots,
                        home.holdSecondsStart(), home.holdSecondsMax(),
                        home.heatOrCold() == null ? null : home.heatOrCold().text(),
                        home.safetyNotes().stream().map(g -> g.text()).toList()),
                view.draft().lifestyleModules().stream().map(c -> c.value()).toList(),
                home.ifSymptomsWorsen().text());
    }
}
