package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** {@code plan.activated}: the therapist confirmed the plan; sessions and the home program follow. */
public record PlanActivatedV1(
        UUID planId,
        UUID patientId,
        CareMode careMode,
        UUID therapistId,
        Integer plannedSessionCount,
        PlanPhase phase,
        Instant activatedAt) implements EventPayload {
}
