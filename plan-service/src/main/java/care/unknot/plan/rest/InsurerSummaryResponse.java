package care.unknot.plan.rest;

import care.unknot.plan.service.InsurerSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Visits delivered with their procedure codes, and the diagnosis codes the therapist chose (domain.md 2.6).
 *
 * @param diagnosisCodes ICD-10-CM, e.g. G44.209 tension-type headache, G43.909 migraine, M54.2 cervicalgia
 */
public record InsurerSummaryResponse(
        @Schema(required = true) UUID planId,
        @Schema(required = true) UUID patientId,
        @Schema(required = true) List<String> diagnosisCodes,
        @Schema(required = true) List<Visit> visits) {

    /**
     * @param date the visit's local date (patient's zone)
     * @param procedureCodes CPT: 97161-97163 PT evaluation, 97140 manual therapy, 97110 therapeutic exercise
     */
    public record Visit(@Schema(required = true) int sessionNumber, @Schema(required = true) LocalDate date,
            @Schema(required = true) int durationMinutes, @Schema(required = true) List<String> procedureCodes) {
    }

    static InsurerSummaryResponse of(InsurerSummary.Summary summary) {
        return new InsurerSummaryResponse(summary.plan().id(), summary.plan().patientId(), summary.diagnosisCodes(),
                summary.visits().stream().map(v -> new Visit(v.sessionNumber(), v.date(), v.durationMinutes(),
                        v.procedureCodes())).toList());
    }
}
