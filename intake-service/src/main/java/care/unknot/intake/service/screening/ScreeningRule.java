package care.unknot.intake.service.screening;

import care.unknot.intake.config.IntakeRules;
import care.unknot.intake.domain.BodyRegion;
import care.unknot.intake.domain.ContraindicationAnswers;
import care.unknot.intake.domain.IntakeAnswers;
import care.unknot.intake.domain.RedFlagAnswers;
import care.unknot.intake.domain.RuleLevel;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * The red flags (domain.md 1.1) and contraindications (1.2), each with its id, level and when it fires.
 * Explanations live in {@code screening-rules.properties}, keyed by id.
 */
public enum ScreeningRule {
    // 1.1 EMERGENCY
    RF_THUNDERCLAP("RF-THUNDERCLAP", RuleLevel.EMERGENCY, redFlag(RedFlagAnswers::suddenSevereOnset)),
    RF_NEURO("RF-NEURO", RuleLevel.EMERGENCY, redFlag(RedFlagAnswers::newNeurologicalSymptoms)),
    RF_FEVER("RF-FEVER", RuleLevel.EMERGENCY, redFlag(RedFlagAnswers::feverOrSystemicIllness)),
    RF_EYE("RF-EYE", RuleLevel.EMERGENCY, redFlag(RedFlagAnswers::painfulRedEyeWithAutonomicFeatures)),
    // 1.1 MEDICAL CLEARANCE
    RF_ONSET_AGE("RF-ONSET-AGE", RuleLevel.CLEARANCE,
            (answers, rules) -> answers.history().ageAtOnset() > rules.redFlags().onsetAgeLimit()),
    RF_PATTERN("RF-PATTERN", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::recentOnsetOrChangedPattern)),
    RF_POSITIONAL("RF-POSITIONAL", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::changesWithPosture)),
    RF_VALSALVA("RF-VALSALVA", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::precipitatedByCoughSneezeOrExertion)),
    RF_TRAUMA("RF-TRAUMA", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::afterHeadOrNeckTrauma)),
    RF_NEOPLASM("RF-NEOPLASM", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::historyOfCancer)),
    RF_IMMUNE("RF-IMMUNE", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::immunosuppressed)),
    RF_PREGNANCY("RF-PREGNANCY", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::pregnantOrPostpartum)),
    RF_PAINKILLER("RF-PAINKILLER", RuleLevel.CLEARANCE, redFlag(RedFlagAnswers::newDrugAtOnset)),
    // 1.2 ABSOLUTE
    CI_CANCER("CI-CANCER", RuleLevel.CLEARANCE,
            contraindication(ci -> ci.activeCancerInTreatmentArea() && !ci.oncologyClearance())),
    CI_CLOT("CI-CLOT", RuleLevel.CLEARANCE, contraindication(ContraindicationAnswers::activeBloodClot)),
    CI_ANEURYSM("CI-ANEURYSM", RuleLevel.CLEARANCE, contraindication(ContraindicationAnswers::knownAneurysm)),
    // 1.2 PRECAUTION
    PR_FRACTURE("PR-FRACTURE", RuleLevel.PRECAUTION,
            contraindication(ci -> !ci.recentFractureRegions().isEmpty()),
            ContraindicationAnswers::recentFractureRegions),
    PR_INFECTION("PR-INFECTION", RuleLevel.PRECAUTION,
            contraindication(ci -> !ci.infectionOrSkinConditionRegions().isEmpty()),
            ContraindicationAnswers::infectionOrSkinConditionRegions),
    PR_OSTEOPOROSIS("PR-OSTEOPOROSIS", RuleLevel.PRECAUTION,
            contraindication(ContraindicationAnswers::severeOsteoporosis)),
    PR_BP("PR-BP", RuleLevel.PRECAUTION, contraindication(ContraindicationAnswers::uncontrolledHighBloodPressure)),
    PR_ANTICOAGULANT("PR-ANTICOAGULANT", RuleLevel.PRECAUTION,
            contraindication(ContraindicationAnswers::anticoagulantTherapy)),
    PR_CERVICAL_VASCULAR("PR-CERVICAL-VASCULAR", RuleLevel.PRECAUTION,
            contraindication(ContraindicationAnswers::dizzinessWithNeckMovement), ci -> EnumSet.of(BodyRegion.NECK));

    private final String id;
    private final RuleLevel level;
    private final BiPredicate<IntakeAnswers, IntakeRules> fires;
    private final Function<ContraindicationAnswers, Set<BodyRegion>> excludedRegions;

    ScreeningRule(String id, RuleLevel level, BiPredicate<IntakeAnswers, IntakeRules> fires) {
        this(id, level, fires, ci -> EnumSet.noneOf(BodyRegion.class));
    }

    ScreeningRule(String id, RuleLevel level, BiPredicate<IntakeAnswers, IntakeRules> fires,
            Function<ContraindicationAnswers, Set<BodyRegion>> excludedRegions) {
        this.id = id;
        this.level = level;
        this.fires = fires;
        this.excludedRegions = excludedRegions;
    }

    public String id() {
        return id;
    }

    public RuleLevel level() {
        return level;
    }

    public boolean firesFor(IntakeAnswers answers, IntakeRules rules) {
        return fires.test(answers, rules);
    }

    /** The regions in which this rule allows no treatment areas. */
    public Set<BodyRegion> excludedRegions(IntakeAnswers answers) {
        return excludedRegions.apply(answers.contraindications());
    }

    private static BiPredicate<IntakeAnswers, IntakeRules> redFlag(Function<RedFlagAnswers, Boolean> answer) {
        return (answers, rules) -> answer.apply(answers.redFlags());
    }

    private static BiPredicate<IntakeAnswers, IntakeRules> contraindication(
            Function<ContraindicationAnswers, Boolean> answer) {
        return (answers, rules) -> answer.apply(answers.contraindications());
    }
}
