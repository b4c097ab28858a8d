package care.unknot.events.intake;

/** HIT-6 impact band (domain.md 1.4). */
public enum Hit6Band {
    LITTLE_OR_NO_IMPACT,
    SOME_IMPACT,
    SUBSTANTIAL_IMPACT,
    SEVERE_IMPACT
}
