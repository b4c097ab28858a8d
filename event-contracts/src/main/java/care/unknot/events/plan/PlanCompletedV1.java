package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/** {@code plan.completed}: the plan ended (discharge with the home program, referral to a physician, withdrawal). */
public record PlanCompletedV1(
        UUID planId,
        UUID patientId,
        PlanCompletionReason reason,
        Integer completedSessionCount,
        Instant completedAt) implements EventPayload {
}
