package care.unknot.plan.service.rules;

import care.unknot.events.intake.HeadacheFrequency;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.HeadacheProfile;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.CareMode;
import care.unknot.plan.config.PlanRulesConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Drafts a plan from a reviewed, eligible intake (domain.md 2.1-2.5, precautions of 1.2). Every choice carries the
 * rule ids or intake answers that made it. Pure: no persistence. Never diagnoses, never advises on drugs.
 */
@ApplicationScoped
public class DraftPolicy {

    private final PlanRulesConfig config;

    public DraftPolicy(PlanRulesConfig config) {
        this.config = config;
    }

    /** @throws IllegalArgumentException for an URGENT_REFERRAL intake (never a plan) */
    public PlanDraft draft(DraftInput input) {
        if (input.outcome() == ScreeningOutcome.URGENT_REFERRAL) {
            throw new IllegalArgumentException("an urgent referral never leads to a plan");
        }
        Choice<CareMode> careMode = input.requestedCareMode() == null
                ? Choice.of(CareMode.CLINIC_LED, "DOMAIN-2.2-DEFAULT")
                : Choice.of(input.requestedCareMode(), "DOMAIN-2.2", "CARE_MODE:REQUESTED");
        Choice<Integer> sessions = careMode.value() == CareMode.CLINIC_LED
                ? Choice.of(config.program().clinicLedSessions(), "DOMAIN-2.1-PROGRAM")
                : Choice.of(config.program().selfManagedSessions(), "DOMAIN-2.2-SELF-MANAGED");
        HeadacheProfile profile = input.profile() == null ? new HeadacheProfile(null, null, null) : input.profile();
        Choice<Boolean> combined = combinedPlan(profile);
        return new PlanDraft(input.intakeId(), input.patientId(), careMode, sessions,
                Choice.of(config.program().sessionMinutes(), "DOMAIN-2.1-SESSION-LENGTH"),
                Choice.of(List.of(AssessmentItem.values()), "DOMAIN-2.1-ASSESSMENT"),
                areas(input.suggestedTreatmentAreas(), input.precautions()),
                techniques(input.precautions()),
                combined,
                lifestyleModules(combined),
                physicianTasks(combined, profile),
                new HomeProgramPolicy(config.homeProgram()).draft(input.precautions()));
    }

    /** Whether a session length is allowed (30-60 minutes). */
    public boolean sessionMinutesAllowed(int minutes) {
        return minutes >= config.program().minSessionMinutes() && minutes <= config.program().maxSessionMinutes();
    }

    /** 2.3: MIGRAINE_LIKE, MIXED or CHRONIC make a combined plan; the reasons name the answers that did (or not). */
    private static Choice<Boolean> combinedPlan(HeadacheProfile profile) {
        boolean byPhenotype = profile.phenotype() == HeadachePhenotype.MIGRAINE_LIKE
                || profile.phenotype() == HeadachePhenotype.MIXED;
        boolean byFrequency = profile.frequency() == HeadacheFrequency.CHRONIC;
        boolean combined = byPhenotype || byFrequency;
        List<String> reasons = new ArrayList<>(List.of("DOMAIN-2.3-COMBINED"));
        if (profile.phenotype() != null && (byPhenotype || !combined)) {
            reasons.add("PHENOTYPE:" + profile.phenotype());
        }
        if (profile.frequency() != null && (byFrequency || !combined)) {
            reasons.add("FREQUENCY:" + profile.frequency());
        }
        return new Choice<>(combined, reasons);
    }

    private static List<Choice<LifestyleModule>> lifestyleModules(Choice<Boolean> combined) {
        if (!combined.value()) {
            return List.of();
        }
        return List.of(LifestyleModule.values()).stream()
                .map(module -> new Choice<>(module, combined.reasons())).toList();
    }

    /** 2.3: the combined plan's coordination task; MOH_RISK: the physician reviews acute medication use. */
    private static List<Choice<PhysicianTask>> physicianTasks(Choice<Boolean> combined, HeadacheProfile profile) {
        List<Choice<PhysicianTask>> tasks = new ArrayList<>();
        if (combined.value()) {
            tasks.add(new Choice<>(PhysicianTask.COORDINATE_WITH_PHYSICIAN, combined.reasons()));
        }
        if (Boolean.TRUE.equals(profile.mohRisk())) {
            tasks.add(Choice.of(PhysicianTask.REVIEW_ACUTE_MEDICATION_USE, "DOMAIN-2.3-MOH", "MOH_RISK"));
        }
        return tasks;
    }

    /** Each suggested area once: kept, or excluded with every precaution that excludes it. */
    private static List<AreaChoice> areas(List<TreatmentArea> suggested, List<Precaution> precautions) {
        List<AreaChoice> areas = new ArrayList<>();
        for (TreatmentArea area : new LinkedHashSet<>(suggested)) {
            LinkedHashSet<String> excludedBy = new LinkedHashSet<>();
            precautions.forEach(p -> {
                String reason = PrecautionEffects.excludedAreas(p).get(area);
                if (reason != null) {
                    excludedBy.add(reason);
                }
            });
            areas.add(excludedBy.isEmpty()
                    ? new AreaChoice(area, AreaStatus.KEPT, List.of("INTAKE:MUSCLE_INVOLVEMENT"))
                    : new AreaChoice(area, AreaStatus.EXCLUDED, List.copyOf(excludedBy)));
        }
        return areas;
    }

    /** The five techniques of 2.1; the strongest change wins (REMOVED over GENTLE) and every precaution is named. */
    private static List<TechniqueChoice> techniques(List<Precaution> precautions) {
        Map<Technique, TechniqueStatus> status = new EnumMap<>(Technique.class);
        Map<Technique, LinkedHashSet<String>> reasons = new LinkedHashMap<>();
        for (Precaution precaution : precautions) {
            PrecautionEffects.techniques(precaution).forEach((technique, change) -> {
                status.merge(technique, change, (a, b) -> a.compareTo(b) >= 0 ? a : b);
                reasons.computeIfAbsent(technique, t -> new LinkedHashSet<>()).add(precaution.ruleId());
            });
        }
        List<TechniqueChoice> techniques = new ArrayList<>();
        for (Technique technique : Technique.values()) {
            TechniqueStatus changed = status.get(technique);
            techniques.add(changed == null
                    ? new TechniqueChoice(technique, TechniqueStatus.KEPT, List.of("DOMAIN-2.1-TECHNIQUES"))
                    : new TechniqueChoice(technique, changed, List.copyOf(reasons.get(technique))));
        }
        return techniques;
    }
}
