package care.unknot.intake.domain;

public enum TypicalDuration {
    UNDER_30_MINUTES, FROM_30_MINUTES_TO_4_HOURS, FROM_4_TO_72_HOURS, OVER_72_HOURS, CONSTANT
}
