package care.unknot.plan.service.rules;

import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.CareMode;
import java.util.List;
import java.util.UUID;

/**
 * A drafted plan (domain.md 2.1-2.5): every choice with the rule ids or intake answers that made it.
 *
 * @param treatmentAreas every suggested area, kept or excluded
 * @param techniques the five techniques of 2.1, each kept, gentle or removed
 * @param combinedPlan whether 2.3's combined plan applies (MIGRAINE_LIKE, MIXED or CHRONIC)
 */
public record PlanDraft(
        UUID intakeId,
        UUID patientId,
        Choice<CareMode> careMode,
        Choice<Integer> plannedSessionCount,
        Choice<Integer> sessionMinutes,
        Choice<List<AssessmentItem>> assessment,
        List<AreaChoice> treatmentAreas,
        List<TechniqueChoice> techniques,
        Choice<Boolean> combinedPlan,
        List<Choice<LifestyleModule>> lifestyleModules,
        List<Choice<PhysicianTask>> physicianTasks,
        HomeProgramDraft homeProgram) {

    public PlanDraft {
        treatmentAreas = List.copyOf(treatmentAreas);
        techniques = List.copyOf(techniques);
        lifestyleModules = List.copyOf(lifestyleModules);
        physicianTasks = List.copyOf(physicianTasks);
    }

    public List<TreatmentArea> keptAreas() {
        return areas(AreaStatus.KEPT);
    }

    public List<TreatmentArea> excludedAreas() {
        return areas(AreaStatus.EXCLUDED);
    }

    public TechniqueChoice technique(Technique technique) {
        return techniques.stream().filter(t -> t.technique() == technique).findFirst().orElseThrow();
    }

    private List<TreatmentArea> areas(AreaStatus status) {
        return treatmentAreas.stream().filter(a -> a.status() == status).map(AreaChoice::area).toList();
    }
}
