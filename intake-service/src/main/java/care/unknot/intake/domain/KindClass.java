package care.unknot.intake.domain;

public enum KindClass {
    MIGRAINE_LIKE, TENSION_TYPE_LIKE, UNCLASSIFIED
}
