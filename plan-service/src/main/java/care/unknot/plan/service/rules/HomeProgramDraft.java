package care.unknot.plan.service.rules;

import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.events.plan.HomeProgramSpot;
import java.util.List;

/**
 * The drafted home program (domain.md 2.5).
 *
 * @param spots every standard spot on each side, included or excluded, with its tool and reasons
 * @param holdSecondsStart hold time to start with
 * @param holdSecondsMax hold time to progress to
 * @param heatOrCold heat or cold guidance (up to the configured minutes)
 * @param safetyNotes the 2.5 safety notes plus the ones a precaution adds
 * @param ifSymptomsWorsen what to do on severe or worsening pain, dizziness or numbness
 */
public record HomeProgramDraft(
        List<HomeSpotChoice> spots,
        Choice<HomeProgramFrequency> frequency,
        int holdSecondsStart,
        int holdSecondsMax,
        Guidance heatOrCold,
        List<Guidance> safetyNotes,
        Guidance ifSymptomsWorsen) {

    public HomeProgramDraft {
        spots = List.copyOf(spots);
        safetyNotes = List.copyOf(safetyNotes);
    }

    /** The distinct spots prescribed (the shape of home-program.assigned), in the enum's order. */
    public List<HomeProgramSpot> includedSpots() {
        return spots.stream().filter(s -> s.status() == SpotStatus.INCLUDED).map(HomeSpotChoice::spot)
                .distinct().sorted().toList();
    }
}
