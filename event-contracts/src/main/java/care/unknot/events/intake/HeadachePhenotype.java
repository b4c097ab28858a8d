package care.unknot.events.intake;

/** The patient's headache phenotype (domain.md 1.3; a triage aid, not a diagnosis). */
public enum HeadachePhenotype {
    MIGRAINE_LIKE,
    TENSION_TYPE_LIKE,
    MIXED,
    UNCLASSIFIED
}
