package care.unknot.events.intake;

/** CHRONIC when each of the last three months had 15 or more headache days (domain.md 1.3). */
public enum HeadacheFrequency {
    EPISODIC,
    CHRONIC
}
