package care.unknot.intake.domain;

public enum Hit6Band {
    LITTLE_OR_NO_IMPACT, SOME_IMPACT, SUBSTANTIAL_IMPACT, SEVERE_IMPACT
}
