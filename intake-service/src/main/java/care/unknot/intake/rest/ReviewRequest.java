package care.unknot.intake.rest;

import care.unknot.intake.domain.Outcome;
import care.unknot.intake.domain.ReviewDecision;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param outcome the outcome to put in force; required for OVERRIDE
 * @param reason why the screening is overridden; required for OVERRIDE (audited)
 */
public record ReviewRequest(@NotNull ReviewDecision decision, Outcome outcome, @Size(max = 2000) String reason) {
}
