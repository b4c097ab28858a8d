package care.unknot.intake.domain;

public enum Hit6Answer {
    NEVER, RARELY, SOMETIMES, VERY_OFTEN, ALWAYS
}
