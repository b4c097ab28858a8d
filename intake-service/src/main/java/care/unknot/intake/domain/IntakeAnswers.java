package care.unknot.intake.domain;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Everything the intake questionnaire asks (issue 3). Screening is a pure function of this and the rules config.
 * {@code goals} is the only free text; it never leaves the service in an event.
 */
public record IntakeAnswers(
        @NotNull @Valid HeadacheHistory history,
        @NotNull @Valid MedicationUse medication,
        @NotNull @Size(min = 6, max = 6) List<@NotNull Hit6Answer> hit6,
        @NotNull @Valid MidasAnswers midas,
        @NotNull @Valid RedFlagAnswers redFlags,
        @NotNull @Valid ContraindicationAnswers contraindications,
        @Size(max = 2000) String goals) {
}
