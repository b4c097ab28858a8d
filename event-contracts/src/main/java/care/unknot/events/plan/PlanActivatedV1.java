package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code plan.activated}: the therapist confirmed the plan; sessions and the home program follow.
 *
 * @param therapistSubject the treating therapist's login (token subject), so the therapist's own token reads its
 *     inbox; absent in events written before it was added
 */
public record PlanActivatedV1(
        UUID planId,
        UUID patientId,
        CareMode careMode,
        UUID therapistId,
        Integer plannedSessionCount,
        PlanPhase phase,
        Instant activatedAt,
        String therapistSubject) implements EventPayload {

    /** The first version's components only (no therapist subject). */
    public PlanActivatedV1(UUID planId, UUID patientId, CareMode careMode, UUID therapistId, Integer plannedSessionCount,
            PlanPhase phase, Instant activatedAt) {
        this(planId, patientId, careMode, therapistId, plannedSessionCount, phase, activatedAt, null);
    }
}
