package care.unknot.intake.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Builds intake answers that screen ELIGIBLE with no rule fired; tests change one thing at a time. */
public final class AnswersFixture {

    public List<Integer> headacheDaysPerMonth = List.of(8, 8, 8);
    public List<HeadacheKind> kinds = new ArrayList<>(List.of(tensionKind()));
    public MuscleInvolvement muscles = new MuscleInvolvement(true, false, false, false);
    public int ageAtOnset = 30;
    public MedicationUse medication = new MedicationUse(4, 0, 0, 0, 0, 4);
    public List<Hit6Answer> hit6 = List.of(Hit6Answer.SOMETIMES, Hit6Answer.SOMETIMES, Hit6Answer.SOMETIMES,
            Hit6Answer.SOMETIMES, Hit6Answer.RARELY, Hit6Answer.RARELY);
    public MidasAnswers midas = new MidasAnswers(1, 1, 1, 1, 1, 20, 5);
    public boolean[] redFlags = new boolean[12];
    public ContraindicationAnswers contraindications = noContraindications();

    public static AnswersFixture eligible() {
        return new AnswersFixture();
    }

    public static HeadacheKind tensionKind() {
        return new HeadacheKind(Side.BOTH_SIDES, PainCharacter.PRESSING, 4, TypicalDuration.FROM_30_MINUTES_TO_4_HOURS,
                false, false, false, false, false, false);
    }

    public static HeadacheKind migraineKind() {
        return new HeadacheKind(Side.ONE_SIDE, PainCharacter.PULSATING, 8, TypicalDuration.FROM_4_TO_72_HOURS,
                true, true, false, true, true, false);
    }

    public static ContraindicationAnswers noContraindications() {
        return new ContraindicationAnswers(false, false, false, false, Set.of(), Set.of(), false, false, false, false);
    }

    /** The red-flag questions in the order of {@link RedFlagAnswers}, by the rule each one feeds. */
    public static final List<String> RED_FLAG_QUESTIONS = List.of("RF-THUNDERCLAP", "RF-NEURO", "RF-FEVER", "RF-EYE",
            "RF-PATTERN", "RF-POSITIONAL", "RF-VALSALVA", "RF-TRAUMA", "RF-NEOPLASM", "RF-IMMUNE", "RF-PREGNANCY",
            "RF-PAINKILLER");

    /** Answers "yes" to the red-flag question behind {@code ruleId}. */
    public AnswersFixture redFlag(String ruleId) {
        int index = RED_FLAG_QUESTIONS.indexOf(ruleId);
        if (index < 0) {
            throw new IllegalArgumentException("no red-flag question for " + ruleId);
        }
        redFlags[index] = true;
        return this;
    }

    public IntakeAnswers build() {
        HeadacheHistory history = new HeadacheHistory(headacheDaysPerMonth, List.copyOf(kinds),
                EnumSet.of(HeadLocation.BACK_OF_HEAD), muscles, EnumSet.of(Trigger.STRESS), ageAtOnset);
        RedFlagAnswers flags = new RedFlagAnswers(redFlags[0], redFlags[1], redFlags[2], redFlags[3], redFlags[4],
                redFlags[5], redFlags[6], redFlags[7], redFlags[8], redFlags[9], redFlags[10], redFlags[11]);
        return new IntakeAnswers(history, medication, hit6, midas, flags, contraindications, "Fewer headache days");
    }
}
