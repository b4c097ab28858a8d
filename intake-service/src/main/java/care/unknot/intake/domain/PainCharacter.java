package care.unknot.intake.domain;

public enum PainCharacter {
    PULSATING, PRESSING, OTHER
}
