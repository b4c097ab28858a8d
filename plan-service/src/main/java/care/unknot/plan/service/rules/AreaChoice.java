package care.unknot.plan.service.rules;

import care.unknot.events.intake.TreatmentArea;
import java.util.List;

/** A suggested treatment area, kept or excluded, and why ("INTAKE:MUSCLE_INVOLVEMENT", "PR-FRACTURE:NECK", ...). */
public record AreaChoice(TreatmentArea area, AreaStatus status, List<String> reasons) {

    public AreaChoice {
        reasons = List.copyOf(reasons);
    }
}
