package care.unknot.intake.domain;

/** The ranges of the answer scales themselves (not clinical thresholds; those live in IntakeRules). */
public final class Scales {
    public static final int NRS_MIN = 0;
    public static final int NRS_MAX = 10;
    public static final int MAX_DAYS_IN_MONTH = 31;
    public static final int MIDAS_MAX_DAYS = 90;
    public static final int MAX_AGE = 120;

    private Scales() {
    }
}
