package care.unknot.plan.domain;

import care.unknot.events.intake.TreatmentArea;
import care.unknot.plan.service.rules.Technique;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a therapist records for a session (domain.md 2.6): areas treated, techniques, pain before and after (NRS 0-10),
 * cervical range of motion, adverse reactions, notes, and the visit's procedure codes for the insurer summary.
 */
public record SessionRecord(
        @NotNull @Size(min = 1, max = 9) List<@NotNull TreatmentArea> areas,
        @NotNull @Size(max = 5) List<@NotNull Technique> techniques,
        @NotNull @Min(0) @Max(10) Integer painBefore,
        @NotNull @Min(0) @Max(10) Integer painAfter,
        @Valid CervicalRangeOfMotion cervicalRangeOfMotion,
        @Size(max = 10) List<@Valid @NotNull AdverseReaction> adverseReactions,
        @Size(max = 4000) String notes,
        @Schema(description = "CPT codes of the visit: 97161-97163 PT evaluation (low, moderate, high complexity),"
                + " 97140 manual therapy, 97110 therapeutic exercise")
        @NotNull @Size(min = 1, max = 5)
        List<@NotNull @Pattern(regexp = "^(?:9716[1-3]|97140|97110)$") String> procedureCodes) {

    public SessionRecord {
        adverseReactions = adverseReactions == null ? List.of() : List.copyOf(adverseReactions);
    }

    /** The reactions that are adverse events (raise adverse-event.reported). */
    public List<AdverseReaction> seriousReactions() {
        return adverseReactions.stream().filter(AdverseReaction::serious).toList();
    }
}
