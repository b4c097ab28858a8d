package care.unknot.events.plan;

import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code plan.drafted}: a treatment plan was drafted from an eligible, reviewed intake.
 *
 * @param plannedSessionCount sessions of the program as drafted (8 for CLINIC_LED, 3 for SELF_MANAGED)
 */
public record PlanDraftedV1(
        UUID planId,
        UUID patientId,
        UUID intakeId,
        CareMode careMode,
        UUID therapistId,
        Integer plannedSessionCount,
        Instant draftedAt) implements EventPayload {
}
