package care.unknot.plan.rest;

import care.unknot.events.plan.CareMode;
import care.unknot.events.plan.PlanPhase;
import care.unknot.plan.domain.Plan;
import care.unknot.plan.domain.PlanStatus;
import care.unknot.plan.service.rules.PlanDraft;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A plan for clinicians: its state, the draft with the reason of every choice, the therapist's adjustments (each with
 * its reason) and the diagnosis codes for the insurer summary.
 *
 * @param proposedSessions local start times (patient's zone, ISO date-time without offset, e.g. 2026-05-07T10:00:00)
 *     proposed for the extension's or the taper's sessions
 */
public record PlanResponse(
        @Schema(required = true) UUID id,
        @Schema(required = true) UUID patientId,
        @Schema(required = true) UUID intakeId,
        @Schema(required = true) PlanStatus status,
        @Schema(required = true) PlanPhase phase,
        @Schema(required = true) CareMode careMode,
        @Schema(required = true) int plannedSessionCount,
        @Schema(required = true) int programLastSessionNumber,
        @Schema(required = true) int sessionMinutes,
        UUID therapistId,
        @Schema(required = true) PlanDraft draft,
        @Schema(required = true) List<Plan.Adjustment> adjustments,
        @Schema(required = true) List<String> diagnosisCodes,
        @Schema(required = true) List<String> proposedSessions,
        String endReason,
        @Schema(required = true) Instant draftedAt,
        Instant activatedAt,
        LocalDate homeProgramAssignedOn,
        Instant endedAt) {

    static PlanResponse of(Plan plan) {
        return new PlanResponse(plan.id(), plan.patientId(), plan.intakeId(), plan.status(), plan.status().phase(),
                plan.careMode(), plan.plannedSessionCount(), plan.programLastSessionNumber(), plan.sessionMinutes(),
                plan.therapistId(), plan.draft(PlanDraft.class), plan.adjustments(), plan.diagnosisCodes(),
                plan.proposedSessions().stream().map(DateTimeFormatter.ISO_LOCAL_DATE_TIME::format).toList(),
                plan.closeReason(), plan.draftedAt(), plan.activatedAt(),
                plan.homeProgramAssignedOn(), plan.endedAt());
    }
}
