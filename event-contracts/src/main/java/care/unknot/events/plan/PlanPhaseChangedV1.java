package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code plan.phase-changed}: the therapist confirmed a phase change (domain.md 2.4).
 *
 * @param programLastSessionNumber the focused program's last session number from now on (8, or 12 once EXTENDED)
 */
public record PlanPhaseChangedV1(
        UUID planId,
        UUID patientId,
        PlanPhase previousPhase,
        PlanPhase phase,
        Integer programLastSessionNumber,
        Instant changedAt) implements EventPayload {
}
