package care.unknot.intake.domain;

public enum ClearanceScope {
    FULL, WITH_RESTRICTIONS
}
