package care.unknot.plan.domain;

/** A session: booked, done, called off, not attended, or waiting for another therapist (licence expired). */
public enum SessionStatus {
    SCHEDULED,
    COMPLETED,
    CANCELLED,
    MISSED,
    NEEDS_REASSIGNMENT
}
