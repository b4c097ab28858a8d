package care.unknot.plan.service.rules;

/** Whether a home-program spot is prescribed. */
public enum SpotStatus {
    INCLUDED,
    EXCLUDED
}
