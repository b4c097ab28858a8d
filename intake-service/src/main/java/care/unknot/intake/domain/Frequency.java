package care.unknot.intake.domain;

public enum Frequency {
    EPISODIC, CHRONIC
}
