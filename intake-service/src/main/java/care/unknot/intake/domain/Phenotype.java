package care.unknot.intake.domain;

public enum Phenotype {
    MIGRAINE_LIKE, TENSION_TYPE_LIKE, MIXED, UNCLASSIFIED
}
