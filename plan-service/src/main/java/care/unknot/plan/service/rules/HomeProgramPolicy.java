package care.unknot.plan.service.rules;

import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.events.plan.HomeProgramSpot;
import care.unknot.plan.config.PlanRulesConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** The home program of domain.md 2.5 under the precautions of 1.2 (see plan-service/README.md "Clinical rules"). */
final class HomeProgramPolicy {

    static final String RULE = "DOMAIN-2.5";

    private final PlanRulesConfig.HomeProgram config;

    HomeProgramPolicy(PlanRulesConfig.HomeProgram config) {
        this.config = config;
    }

    HomeProgramDraft draft(List<Precaution> precautions) {
        List<HomeSpotChoice> spots = new ArrayList<>();
        for (HomeProgramSpot spot : HomeProgramSpot.values()) {
            for (BodySide side : BodySide.values()) {
                spots.add(spot(spot, side, precautions));
            }
        }
        boolean anySpot = spots.stream().anyMatch(s -> s.status() == SpotStatus.INCLUDED);
        boolean sternocleidomastoid = spots.stream().anyMatch(s -> s.status() == SpotStatus.INCLUDED
                && s.spot() == HomeProgramSpot.STERNOCLEIDOMASTOID);

        List<Guidance> notes = new ArrayList<>();
        if (anySpot) {
            notes.add(new Guidance("HOLD_AND_BREATHE", "Hold gentle pressure on each spot until it softens, starting at "
                    + config.holdSecondsStart() + " seconds and building up to " + config.holdSecondsMax()
                    + " seconds. Breathe slowly and relax your jaw and shoulders.", List.of(RULE)));
        }
        if (sternocleidomastoid) {
            notes.add(new Guidance("NEVER_FRONT_OF_NECK", "Work the side of the neck gently. Never press on the front of "
                    + "the neck or the area where you feel a pulse.", List.of(RULE)));
        }
        List<String> gentle = ids(precautions, p -> PrecautionEffects.gentlePressureOnly(p)
                || PrecautionEffects.noDeepPressure(p));
        if (anySpot && !gentle.isEmpty()) {
            notes.add(new Guidance("GENTLE_PRESSURE_ONLY", "Use gentle pressure only, never deep or forceful.", gentle));
        }
        List<String> spine = ids(precautions, PrecautionEffects::noSpinalBallWork);
        if (!spine.isEmpty()) {
            notes.add(new Guidance("NO_BALL_ON_THE_SPINE", "Never place or roll a ball on your spine.", spine));
        }
        List<String> neck = ids(precautions, p -> PrecautionEffects.CERVICAL_VASCULAR.equals(p.ruleId()));
        if (!neck.isEmpty()) {
            notes.add(new Guidance("NO_NECK_SELF_RELEASE_UNTIL_CLEARED", "Do no self-release on your neck until your "
                    + "therapist tells you it is cleared.", neck));
        }
        return new HomeProgramDraft(spots, frequency(precautions), config.holdSecondsStart(), config.holdSecondsMax(),
                new Guidance("HEAT_OR_COLD", "You may use heat or cold for up to " + config.heatOrColdMaxMinutes()
                        + " minutes at a time, wrapped in a thin towel, a few times a day.", List.of(RULE)),
                notes,
                new Guidance("STOP_AND_CONTACT_THERAPIST", "Stop the exercises and contact your therapist if the pain is "
                        + "severe or getting worse, or if you feel dizzy or numb.", List.of(RULE)));
    }

    private static HomeSpotChoice spot(HomeProgramSpot spot, BodySide side, List<Precaution> precautions) {
        TreatmentArea area = TreatmentArea.valueOf(spot.name());
        List<String> excludedBy = new ArrayList<>();
        for (Precaution precaution : precautions) {
            String reason = PrecautionEffects.excludedAreas(precaution).get(area);
            if (reason != null && !excludedBy.contains(reason)) {
                excludedBy.add(reason);
            }
        }
        HomeTool tool = spot == HomeProgramSpot.STERNOCLEIDOMASTOID ? HomeTool.SOFT_FOAM_BALL : HomeTool.TENNIS_BALL;
        List<String> reasons = new ArrayList<>(List.of(RULE));
        if (!excludedBy.isEmpty()) {
            return new HomeSpotChoice(spot, side, SpotStatus.EXCLUDED, tool, excludedBy);
        }
        List<String> spine = ids(precautions, PrecautionEffects::noSpinalBallWork);
        List<String> gentle = ids(precautions, PrecautionEffects::gentlePressureOnly);
        if (spot == HomeProgramSpot.SUBOCCIPITALS && !spine.isEmpty()) {
            tool = HomeTool.SMALL_TOWEL; // a ball under the skull base rests against the top of the spine
            reasons.addAll(spine);
        } else if (tool == HomeTool.TENNIS_BALL && !gentle.isEmpty()) {
            tool = HomeTool.SOFT_FOAM_BALL;
            reasons.addAll(gentle);
        }
        return new HomeSpotChoice(spot, side, SpotStatus.INCLUDED, tool, reasons);
    }

    /** Once daily, or every other day with any precaution (tenderness is the therapist's call in session). */
    private static Choice<HomeProgramFrequency> frequency(List<Precaution> precautions) {
        List<String> reasons = new ArrayList<>(List.of(RULE + "-FREQUENCY"));
        precautions.stream().map(Precaution::ruleId).distinct().forEach(reasons::add);
        return new Choice<>(precautions.isEmpty() ? HomeProgramFrequency.DAILY : HomeProgramFrequency.EVERY_OTHER_DAY,
                reasons);
    }

    private static List<String> ids(List<Precaution> precautions, Predicate<Precaution> which) {
        return precautions.stream().filter(which).map(Precaution::ruleId).distinct().toList();
    }
}
