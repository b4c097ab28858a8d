package care.unknot.plan.service.rules;

import static care.unknot.events.intake.TreatmentArea.LEVATOR_SCAPULAE;
import static care.unknot.events.intake.TreatmentArea.MASSETER;
import static care.unknot.events.intake.TreatmentArea.SCALENES;
import static care.unknot.events.intake.TreatmentArea.SCALP_GALEA;
import static care.unknot.events.intake.TreatmentArea.STERNOCLEIDOMASTOID;
import static care.unknot.events.intake.TreatmentArea.SUBOCCIPITALS;
import static care.unknot.events.intake.TreatmentArea.TEMPORALIS;
import static care.unknot.events.intake.TreatmentArea.THORACIC_PARASPINALS;
import static care.unknot.events.intake.TreatmentArea.UPPER_TRAPEZIUS;
import static care.unknot.plan.service.rules.Technique.FASCIAL_STRETCHING;
import static care.unknot.plan.service.rules.Technique.JOINT_MOBILISATION;
import static care.unknot.plan.service.rules.Technique.POSTURE_RETRAINING;
import static care.unknot.plan.service.rules.Technique.SUSTAINED_PRESSURE_HOLDS;
import static care.unknot.plan.service.rules.Technique.TRIGGER_POINT_RELEASE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import care.unknot.events.intake.BodyRegion;
import care.unknot.events.intake.HeadacheFrequency;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.HeadacheProfile;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.CareMode;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.events.plan.HomeProgramSpot;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Drafting (domain.md 2.1-2.5): each precaution of 1.2 removes or softens exactly what it lists, and no more. */
class DraftPolicyTest {

    private static final List<TreatmentArea> ALL_AREAS = List.of(TreatmentArea.values());
    private static final List<TreatmentArea> NECK = List.of(SUBOCCIPITALS, UPPER_TRAPEZIUS, STERNOCLEIDOMASTOID,
            LEVATOR_SCAPULAE, SCALENES);
    private static final HeadacheProfile TENSION_EPISODIC = new HeadacheProfile(HeadachePhenotype.TENSION_TYPE_LIKE,
            HeadacheFrequency.EPISODIC, false);

    private final DraftPolicy policy = new DraftPolicy(DefaultRules.defaults());

    @Test
    void withoutPrecautionsTheStandardFocusedProgramIsDrafted() {
        PlanDraft draft = policy.draft(input(ScreeningOutcome.ELIGIBLE, TENSION_EPISODIC, List.of(), null));

        assertThat(draft.careMode().value()).isEqualTo(CareMode.CLINIC_LED);
        assertThat(draft.careMode().reasons()).containsExactly("DOMAIN-2.2-DEFAULT");
        assertThat(draft.plannedSessionCount().value()).isEqualTo(8);
        assertThat(draft.sessionMinutes().value()).isEqualTo(45);
        assertThat(draft.assessment().value()).containsExactly(AssessmentItem.POSTURE, AssessmentItem.JAW_FUNCTION,
                AssessmentItem.CERVICAL_RANGE_OF_MOTION, AssessmentItem.TENDER_AND_TRIGGER_POINTS);
        assertThat(draft.keptAreas()).containsExactlyElementsOf(ALL_AREAS);
        assertThat(draft.excludedAreas()).isEmpty();
        assertThat(statuses(draft)).containsOnlyKeys(Technique.values()).allSatisfy(
                (technique, status) -> assertThat(status).isEqualTo(TechniqueStatus.KEPT));
        assertThat(draft.combinedPlan().value()).isFalse();
        assertThat(draft.lifestyleModules()).isEmpty();
        assertThat(draft.physicianTasks()).isEmpty();
        HomeProgramDraft home = draft.homeProgram();
        assertThat(home.includedSpots()).containsExactly(HomeProgramSpot.values());
        assertThat(home.spots()).hasSize(6).filteredOn(s -> s.side() == BodySide.LEFT).hasSize(3);
        assertThat(home.frequency().value()).isEqualTo(HomeProgramFrequency.DAILY);
        assertThat(home.holdSecondsStart()).isEqualTo(30);
        assertThat(home.holdSecondsMax()).isEqualTo(90);
        assertThat(home.heatOrCold().text()).contains("20 minutes").contains("thin towel");
        assertThat(codes(home.safetyNotes())).containsExactly("HOLD_AND_BREATHE", "NEVER_FRONT_OF_NECK");
        assertThat(home.ifSymptomsWorsen().text()).contains("severe or getting worse").contains("dizzy or numb");
        assertThat(tool(draft, HomeProgramSpot.UPPER_TRAPEZIUS)).isEqualTo(HomeTool.TENNIS_BALL);
        assertThat(tool(draft, HomeProgramSpot.STERNOCLEIDOMASTOID)).isEqualTo(HomeTool.SOFT_FOAM_BALL);
    }

    @Test
    void selfManagedCareIsTheAssessmentAndTwoTeachingSessions() {
        PlanDraft draft = policy.draft(input(ScreeningOutcome.ELIGIBLE, TENSION_EPISODIC, List.of(),
                CareMode.SELF_MANAGED));

        assertThat(draft.careMode().value()).isEqualTo(CareMode.SELF_MANAGED);
        assertThat(draft.careMode().reasons()).contains("CARE_MODE:REQUESTED");
        assertThat(draft.plannedSessionCount().value()).isEqualTo(3);
        assertThat(draft.plannedSessionCount().reasons()).containsExactly("DOMAIN-2.2-SELF-MANAGED");
    }

    @Test
    void anUrgentReferralIsNeverDrafted() {
        assertThatThrownBy(() -> policy.draft(input(ScreeningOutcome.URGENT_REFERRAL, TENSION_EPISODIC, List.of(),
                null))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNeckFractureExcludesExactlyTheNeckAreasAndEveryNeckSpot() {
        PlanDraft draft = draft(new Precaution("PR-FRACTURE", List.of(BodyRegion.NECK)));

        assertThat(draft.excludedAreas()).containsExactlyInAnyOrderElementsOf(NECK);
        assertThat(draft.keptAreas()).containsExactly(MASSETER, TEMPORALIS, SCALP_GALEA, THORACIC_PARASPINALS);
        assertThat(draft.treatmentAreas()).filteredOn(a -> a.status() == AreaStatus.EXCLUDED)
                .allSatisfy(a -> assertThat(a.reasons()).containsExactly("PR-FRACTURE:NECK"));
        assertThat(statuses(draft).values()).containsOnly(TechniqueStatus.KEPT);
        assertThat(draft.homeProgram().includedSpots()).isEmpty();
        assertThat(draft.homeProgram().spots()).allSatisfy(s -> assertThat(s.reasons()).contains("PR-FRACTURE:NECK"));
        assertThat(draft.homeProgram().frequency().value()).isEqualTo(HomeProgramFrequency.EVERY_OTHER_DAY);
        assertThat(draft.homeProgram().frequency().reasons()).contains("PR-FRACTURE");
    }

    @Test
    void anUpperBackFractureExcludesTheUpperTrapeziusListedUnderTwoRegions() {
        PlanDraft draft = draft(new Precaution("PR-FRACTURE", List.of(BodyRegion.UPPER_BACK)));

        assertThat(draft.excludedAreas()).containsExactly(UPPER_TRAPEZIUS, THORACIC_PARASPINALS);
        assertThat(draft.homeProgram().includedSpots()).containsExactly(HomeProgramSpot.STERNOCLEIDOMASTOID,
                HomeProgramSpot.SUBOCCIPITALS);
    }

    @Test
    void aJawInfectionExcludesTheTemporalisListedUnderTwoRegions() {
        PlanDraft draft = draft(new Precaution("PR-INFECTION", List.of(BodyRegion.JAW)));

        assertThat(draft.excludedAreas()).containsExactly(MASSETER, TEMPORALIS);
        assertThat(draft.treatmentAreas()).filteredOn(a -> a.area() == TEMPORALIS).singleElement()
                .satisfies(a -> assertThat(a.reasons()).containsExactly("PR-INFECTION:JAW"));
        assertThat(draft.homeProgram().includedSpots()).containsExactly(HomeProgramSpot.values());
        assertThat(statuses(draft).values()).containsOnly(TechniqueStatus.KEPT);
    }

    @Test
    void aScalpInfectionExcludesScalpAndTemporalisOnly() {
        PlanDraft draft = draft(new Precaution("PR-INFECTION", List.of(BodyRegion.SCALP)));

        assertThat(draft.excludedAreas()).containsExactly(TEMPORALIS, SCALP_GALEA);
    }

    @Test
    void aFractureElsewhereExcludesNoArea() {
        PlanDraft draft = draft(new Precaution("PR-FRACTURE", List.of(BodyRegion.OTHER)));

        assertThat(draft.excludedAreas()).isEmpty();
        assertThat(draft.homeProgram().frequency().value()).isEqualTo(HomeProgramFrequency.EVERY_OTHER_DAY);
    }

    @Test
    void severeOsteoporosisMeansGentlePressureOnlyAndNoBallOnTheSpine() {
        PlanDraft draft = draft(new Precaution("PR-OSTEOPOROSIS", List.of()));

        assertThat(statuses(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                SUSTAINED_PRESSURE_HOLDS, TechniqueStatus.GENTLE, FASCIAL_STRETCHING, TechniqueStatus.GENTLE,
                TRIGGER_POINT_RELEASE, TechniqueStatus.GENTLE, JOINT_MOBILISATION, TechniqueStatus.GENTLE,
                POSTURE_RETRAINING, TechniqueStatus.KEPT));
        assertThat(draft.technique(TRIGGER_POINT_RELEASE).reasons()).containsExactly("PR-OSTEOPOROSIS");
        assertThat(draft.keptAreas()).containsExactlyElementsOf(ALL_AREAS);
        assertThat(tool(draft, HomeProgramSpot.SUBOCCIPITALS)).isEqualTo(HomeTool.SMALL_TOWEL);
        assertThat(tool(draft, HomeProgramSpot.UPPER_TRAPEZIUS)).isEqualTo(HomeTool.SOFT_FOAM_BALL);
        assertThat(draft.homeProgram().includedSpots()).containsExactly(HomeProgramSpot.values());
        assertThat(codes(draft.homeProgram().safetyNotes())).contains("GENTLE_PRESSURE_ONLY", "NO_BALL_ON_THE_SPINE");
    }

    @Test
    void uncontrolledBloodPressureRemovesIntenseDeepWorkAndSoftensSustainedWork() {
        PlanDraft draft = draft(new Precaution("PR-BP", List.of()));

        assertThat(statuses(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                SUSTAINED_PRESSURE_HOLDS, TechniqueStatus.GENTLE, FASCIAL_STRETCHING, TechniqueStatus.GENTLE,
                TRIGGER_POINT_RELEASE, TechniqueStatus.REMOVED, JOINT_MOBILISATION, TechniqueStatus.KEPT,
                POSTURE_RETRAINING, TechniqueStatus.KEPT));
        assertThat(draft.technique(TRIGGER_POINT_RELEASE).reasons()).containsExactly("PR-BP");
        assertThat(draft.keptAreas()).containsExactlyElementsOf(ALL_AREAS);
        assertThat(tool(draft, HomeProgramSpot.UPPER_TRAPEZIUS)).isEqualTo(HomeTool.TENNIS_BALL);
        assertThat(codes(draft.homeProgram().safetyNotes())).contains("GENTLE_PRESSURE_ONLY")
                .doesNotContain("NO_BALL_ON_THE_SPINE");
    }

    @Test
    void anticoagulantTherapyMeansGentlePressureOnly() {
        PlanDraft draft = draft(new Precaution("PR-ANTICOAGULANT", List.of()));

        assertThat(statuses(draft)).containsExactlyInAnyOrderEntriesOf(Map.of(
                SUSTAINED_PRESSURE_HOLDS, TechniqueStatus.GENTLE, FASCIAL_STRETCHING, TechniqueStatus.GENTLE,
                TRIGGER_POINT_RELEASE, TechniqueStatus.GENTLE, JOINT_MOBILISATION, TechniqueStatus.GENTLE,
                POSTURE_RETRAINING, TechniqueStatus.KEPT));
        assertThat(draft.keptAreas()).containsExactlyElementsOf(ALL_AREAS);
        assertThat(tool(draft, HomeProgramSpot.SUBOCCIPITALS)).isEqualTo(HomeTool.SOFT_FOAM_BALL);
        assertThat(codes(draft.homeProgram().safetyNotes())).contains("GENTLE_PRESSURE_ONLY")
                .doesNotContain("NO_BALL_ON_THE_SPINE");
    }

    @Test
    void cervicalVascularSymptomsExcludeNeckAreasAndEveryNeckSpot() {
        PlanDraft draft = draft(new Precaution("PR-CERVICAL-VASCULAR", List.of())); // the region is implied

        assertThat(draft.excludedAreas()).containsExactlyInAnyOrderElementsOf(NECK);
        assertThat(draft.treatmentAreas()).filteredOn(a -> a.status() == AreaStatus.EXCLUDED)
                .allSatisfy(a -> assertThat(a.reasons()).containsExactly("PR-CERVICAL-VASCULAR"));
        assertThat(statuses(draft).values()).containsOnly(TechniqueStatus.KEPT);
        HomeProgramDraft home = draft.homeProgram();
        assertThat(home.includedSpots()).isEmpty();
        assertThat(codes(home.safetyNotes())).containsExactly("NO_NECK_SELF_RELEASE_UNTIL_CLEARED");
        assertThat(home.heatOrCold()).isNotNull();
        assertThat(home.ifSymptomsWorsen()).isNotNull();
    }

    @Test
    void theStrongerChangeWinsAndEveryPrecautionIsNamed() {
        PlanDraft draft = draft(new Precaution("PR-OSTEOPOROSIS", List.of()), new Precaution("PR-BP", List.of()));

        assertThat(draft.technique(TRIGGER_POINT_RELEASE).status()).isEqualTo(TechniqueStatus.REMOVED);
        assertThat(draft.technique(TRIGGER_POINT_RELEASE).reasons()).containsExactly("PR-OSTEOPOROSIS", "PR-BP");
        assertThat(draft.technique(JOINT_MOBILISATION).status()).isEqualTo(TechniqueStatus.GENTLE);
    }

    @Test
    void anAreaExcludedByTwoPrecautionsNamesBoth() {
        PlanDraft draft = draft(new Precaution("PR-FRACTURE", List.of(BodyRegion.UPPER_BACK)),
                new Precaution("PR-CERVICAL-VASCULAR", List.of(BodyRegion.NECK)));

        assertThat(draft.treatmentAreas()).filteredOn(a -> a.area() == UPPER_TRAPEZIUS).singleElement()
                .satisfies(a -> assertThat(a.reasons()).containsExactly("PR-FRACTURE:UPPER_BACK",
                        "PR-CERVICAL-VASCULAR"));
    }

    @Test
    void migraineLikeMixedOrChronicMakeACombinedPlan() {
        for (HeadacheProfile profile : List.of(
                new HeadacheProfile(HeadachePhenotype.MIGRAINE_LIKE, HeadacheFrequency.EPISODIC, false),
                new HeadacheProfile(HeadachePhenotype.MIXED, HeadacheFrequency.EPISODIC, false),
                new HeadacheProfile(HeadachePhenotype.TENSION_TYPE_LIKE, HeadacheFrequency.CHRONIC, false),
                new HeadacheProfile(HeadachePhenotype.UNCLASSIFIED, HeadacheFrequency.CHRONIC, false))) {
            PlanDraft draft = policy.draft(input(ScreeningOutcome.ELIGIBLE, profile, List.of(), null));

            assertThat(draft.combinedPlan().value()).as(profile.toString()).isTrue();
            assertThat(draft.lifestyleModules()).extracting(Choice::value).containsExactly(LifestyleModule.values());
            assertThat(draft.physicianTasks()).extracting(Choice::value)
                    .containsExactly(PhysicianTask.COORDINATE_WITH_PHYSICIAN);
        }
        PlanDraft chronic = policy.draft(input(ScreeningOutcome.ELIGIBLE,
                new HeadacheProfile(HeadachePhenotype.TENSION_TYPE_LIKE, HeadacheFrequency.CHRONIC, false), List.of(),
                null));
        assertThat(chronic.combinedPlan().reasons()).containsExactly("DOMAIN-2.3-COMBINED", "FREQUENCY:CHRONIC");
        PlanDraft migraine = policy.draft(input(ScreeningOutcome.ELIGIBLE,
                new HeadacheProfile(HeadachePhenotype.MIGRAINE_LIKE, HeadacheFrequency.EPISODIC, false), List.of(),
                null));
        assertThat(migraine.lifestyleModules().get(0).reasons())
                .containsExactly("DOMAIN-2.3-COMBINED", "PHENOTYPE:MIGRAINE_LIKE");
    }

    @Test
    void episodicTensionTypeOrUnclassifiedHeadacheGetsNoCombinedPlan() {
        for (HeadachePhenotype phenotype : List.of(HeadachePhenotype.TENSION_TYPE_LIKE,
                HeadachePhenotype.UNCLASSIFIED)) {
            PlanDraft draft = policy.draft(input(ScreeningOutcome.ELIGIBLE,
                    new HeadacheProfile(phenotype, HeadacheFrequency.EPISODIC, false), List.of(), null));

            assertThat(draft.combinedPlan().value()).isFalse();
            assertThat(draft.combinedPlan().reasons()).contains("PHENOTYPE:" + phenotype, "FREQUENCY:EPISODIC");
            assertThat(draft.lifestyleModules()).isEmpty();
            assertThat(draft.physicianTasks()).isEmpty();
        }
    }

    @Test
    void medicationOveruseRiskIsATaskForThePhysicianNeverAdviceToThePatient() {
        PlanDraft draft = policy.draft(input(ScreeningOutcome.ELIGIBLE,
                new HeadacheProfile(HeadachePhenotype.TENSION_TYPE_LIKE, HeadacheFrequency.EPISODIC, true),
                List.of(), null));

        assertThat(draft.physicianTasks()).singleElement().satisfies(task -> {
            assertThat(task.value()).isEqualTo(PhysicianTask.REVIEW_ACUTE_MEDICATION_USE);
            assertThat(task.reasons()).containsExactly("DOMAIN-2.3-MOH", "MOH_RISK");
        });
        assertThat(patientTexts(draft)).noneMatch(text -> text.matches("(?is).*(medic|drug|dose|pill|tablet).*"));
    }

    @Test
    void noPatientTextNamesADiagnosisOrADrug() {
        PlanDraft draft = policy.draft(input(ScreeningOutcome.ELIGIBLE_WITH_PRECAUTIONS,
                new HeadacheProfile(HeadachePhenotype.MIGRAINE_LIKE, HeadacheFrequency.CHRONIC, true),
                List.of(new Precaution("PR-OSTEOPOROSIS", List.of()), new Precaution("PR-BP", List.of()),
                        new Precaution("PR-ANTICOAGULANT", List.of()),
                        new Precaution("PR-INFECTION", List.of(BodyRegion.SCALP))), null));

        assertThat(patientTexts(draft)).isNotEmpty().noneMatch(text -> text.matches(
                "(?is).*(migraine|tension|diagnos|disorder|disease|cervicogenic|medic|drug|dose|pill|analgesic).*"));
    }

    @Test
    void everyChoiceNamesItsReasons() {
        PlanDraft draft = policy.draft(input(ScreeningOutcome.NEEDS_MEDICAL_CLEARANCE,
                new HeadacheProfile(HeadachePhenotype.MIXED, HeadacheFrequency.CHRONIC, true),
                List.of(new Precaution("PR-FRACTURE", List.of(BodyRegion.JAW)), new Precaution("PR-BP", List.of())),
                null));

        List<List<String>> reasons = new ArrayList<>(List.of(draft.careMode().reasons(),
                draft.plannedSessionCount().reasons(), draft.sessionMinutes().reasons(),
                draft.assessment().reasons(), draft.combinedPlan().reasons(),
                draft.homeProgram().frequency().reasons(), draft.homeProgram().heatOrCold().reasons(),
                draft.homeProgram().ifSymptomsWorsen().reasons()));
        draft.treatmentAreas().forEach(a -> reasons.add(a.reasons()));
        draft.techniques().forEach(t -> reasons.add(t.reasons()));
        draft.lifestyleModules().forEach(m -> reasons.add(m.reasons()));
        draft.physicianTasks().forEach(t -> reasons.add(t.reasons()));
        draft.homeProgram().spots().forEach(s -> reasons.add(s.reasons()));
        draft.homeProgram().safetyNotes().forEach(n -> reasons.add(n.reasons()));

        assertThat(reasons).hasSizeGreaterThan(30).allSatisfy(r -> assertThat(r).isNotEmpty());
    }

    @Test
    void eachSuggestedAreaAppearsOnce() {
        PlanDraft draft = policy.draft(new DraftInput(UUID.randomUUID(), UUID.randomUUID(), ScreeningOutcome.ELIGIBLE,
                TENSION_EPISODIC, List.of(), List.of(TEMPORALIS, MASSETER, TEMPORALIS), null));

        assertThat(draft.keptAreas()).containsExactly(TEMPORALIS, MASSETER);
    }

    @Test
    void sessionsLastThirtyToSixtyMinutes() {
        assertThat(policy.sessionMinutesAllowed(29)).isFalse();
        assertThat(policy.sessionMinutesAllowed(30)).isTrue();
        assertThat(policy.sessionMinutesAllowed(60)).isTrue();
        assertThat(policy.sessionMinutesAllowed(61)).isFalse();
    }

    private PlanDraft draft(Precaution... precautions) {
        return policy.draft(input(ScreeningOutcome.ELIGIBLE_WITH_PRECAUTIONS, TENSION_EPISODIC, List.of(precautions),
                null));
    }

    private static DraftInput input(ScreeningOutcome outcome, HeadacheProfile profile, List<Precaution> precautions,
            CareMode careMode) {
        return new DraftInput(UUID.randomUUID(), UUID.randomUUID(), outcome, profile, precautions, ALL_AREAS,
                careMode);
    }

    private static Map<Technique, TechniqueStatus> statuses(PlanDraft draft) {
        Map<Technique, TechniqueStatus> statuses = new EnumMap<>(Technique.class);
        draft.techniques().forEach(t -> statuses.put(t.technique(), t.status()));
        return statuses;
    }

    private static HomeTool tool(PlanDraft draft, HomeProgramSpot spot) {
        return draft.homeProgram().spots().stream().filter(s -> s.spot() == spot).findFirst().orElseThrow().tool();
    }

    private static List<String> codes(List<Guidance> guidance) {
        return guidance.stream().map(Guidance::code).toList();
    }

    private static List<String> patientTexts(PlanDraft draft) {
        HomeProgramDraft home = draft.homeProgram();
        return Stream.concat(home.safetyNotes().stream(), Stream.of(home.heatOrCold(), home.ifSymptomsWorsen()))
                .map(Guidance::text).toList();
    }
}
