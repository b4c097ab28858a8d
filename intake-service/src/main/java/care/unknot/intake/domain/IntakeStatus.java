package care.unknot.intake.domain;

public enum IntakeStatus {
    SUBMITTED, SCREENED, REVIEWED
}
