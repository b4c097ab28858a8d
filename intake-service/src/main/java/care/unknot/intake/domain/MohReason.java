package care.unknot.intake.domain;

public enum MohReason {
    SIMPLE_ANALGESIC, TRIPTAN, ERGOT, OPIOID, COMBINATION, MULTIPLE_CLASSES
}
