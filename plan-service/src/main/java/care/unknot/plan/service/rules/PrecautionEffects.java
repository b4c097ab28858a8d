package care.unknot.plan.service.rules;

import static care.unknot.plan.service.rules.Technique.FASCIAL_STRETCHING;
import static care.unknot.plan.service.rules.Technique.JOINT_MOBILISATION;
import static care.unknot.plan.service.rules.Technique.SUSTAINED_PRESSURE_HOLDS;
import static care.unknot.plan.service.rules.Technique.TRIGGER_POINT_RELEASE;
import static care.unknot.plan.service.rules.TechniqueStatus.GENTLE;
import static care.unknot.plan.service.rules.TechniqueStatus.REMOVED;

import care.unknot.events.intake.BodyRegion;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.TreatmentArea;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What each precaution of domain.md 1.2 removes or softens, and nothing more (the table plan-service/README.md
 * "Clinical rules" explains).
 */
final class PrecautionEffects {

    static final String FRACTURE = "PR-FRACTURE";
    static final String INFECTION = "PR-INFECTION";
    static final String OSTEOPOROSIS = "PR-OSTEOPOROSIS";
    static final String BLOOD_PRESSURE = "PR-BP";
    static final String ANTICOAGULANT = "PR-ANTICOAGULANT";
    static final String CERVICAL_VASCULAR = "PR-CERVICAL-VASCULAR";

    /** "Gentle pressure only": every technique that puts pressure or force on the tissue is done gently. */
    private static final Map<Technique, TechniqueStatus> GENTLE_PRESSURE_ONLY = Map.of(
            SUSTAINED_PRESSURE_HOLDS, GENTLE, FASCIAL_STRETCHING, GENTLE, TRIGGER_POINT_RELEASE, GENTLE,
            JOINT_MOBILISATION, GENTLE);

    /** "No intense/sustained deep techniques": intense deep work goes, sustained work stays only without depth. */
    private static final Map<Technique, TechniqueStatus> NO_INTENSE_OR_SUSTAINED_DEEP = Map.of(
            TRIGGER_POINT_RELEASE, REMOVED, SUSTAINED_PRESSURE_HOLDS, GENTLE, FASCIAL_STRETCHING, GENTLE);

    private static final Map<String, Map<Technique, TechniqueStatus>> TECHNIQUES = Map.of(
            OSTEOPOROSIS, GENTLE_PRESSURE_ONLY,
            ANTICOAGULANT, GENTLE_PRESSURE_ONLY,
            BLOOD_PRESSURE, NO_INTENSE_OR_SUSTAINED_DEEP);

    /** Treatment areas by region (domain.md 1.3); upper trapezius and temporalis are under two regions. */
    private static final Map<BodyRegion, Set<TreatmentArea>> AREAS = Map.of(
            BodyRegion.NECK, EnumSet.of(TreatmentArea.SUBOCCIPITALS, TreatmentArea.UPPER_TRAPEZIUS,
                    TreatmentArea.STERNOCLEIDOMASTOID, TreatmentArea.LEVATOR_SCAPULAE, TreatmentArea.SCALENES),
            BodyRegion.JAW, EnumSet.of(TreatmentArea.MASSETER, TreatmentArea.TEMPORALIS),
            BodyRegion.UPPER_BACK, EnumSet.of(TreatmentArea.UPPER_TRAPEZIUS, TreatmentArea.THORACIC_PARASPINALS),
            BodyRegion.SCALP, EnumSet.of(TreatmentArea.SCALP_GALEA, TreatmentArea.TEMPORALIS),
            BodyRegion.OTHER, EnumSet.noneOf(TreatmentArea.class));

    private PrecautionEffects() {
    }

    /** The technique changes one precaution makes (none for the region-only precautions). */
    static Map<Technique, TechniqueStatus> techniques(Precaution precaution) {
        return TECHNIQUES.getOrDefault(precaution.ruleId(), Map.of());
    }

    /**
     * The areas a precaution excludes, each with its reason: "PR-FRACTURE:NECK" (and PR-INFECTION) per affected
     * region, "PR-CERVICAL-VASCULAR" for the whole neck region.
     */
    static Map<TreatmentArea, String> excludedAreas(Precaution precaution) {
        Map<TreatmentArea, String> excluded = new LinkedHashMap<>();
        switch (precaution.ruleId()) {
            case FRACTURE, INFECTION -> precaution.affectedRegions().forEach(region -> AREAS.get(region)
                    .forEach(area -> excluded.putIfAbsent(area, precaution.ruleId() + ":" + region)));
            case CERVICAL_VASCULAR -> AREAS.get(BodyRegion.NECK).forEach(area -> excluded.put(area, CERVICAL_VASCULAR));
            default -> {
                // softens techniques only
            }
        }
        return excluded;
    }

    /** PR-OSTEOPOROSIS and PR-ANTICOAGULANT: "gentle pressure only". */
    static boolean gentlePressureOnly(Precaution precaution) {
        return TECHNIQUES.get(precaution.ruleId()) == GENTLE_PRESSURE_ONLY;
    }

    /** PR-BP: no deep pressure (the home program's holds are gentle anyway). */
    static boolean noDeepPressure(Precaution precaution) {
        return BLOOD_PRESSURE.equals(precaution.ruleId());
    }

    static boolean noSpinalBallWork(Precaution precaution) {
        return OSTEOPOROSIS.equals(precaution.ruleId());
    }
}
