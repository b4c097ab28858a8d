package care.unknot.intake.domain;

public enum Side {
    ONE_SIDE, BOTH_SIDES, VARIES
}
