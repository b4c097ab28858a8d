package care.unknot.plan.service.rules;

import care.unknot.events.intake.HeadacheProfile;
import care.unknot.events.intake.Precaution;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.intake.TreatmentArea;
import care.unknot.events.plan.CareMode;
import java.util.List;
import java.util.UUID;

/**
 * What a plan is drafted from: the reviewed intake as intake-service published it.
 *
 * @param outcome the outcome in force (after review; NEEDS_MEDICAL_CLEARANCE only once a clearance is recorded)
 * @param precautions the precautions in force; after a clearance the restricted rule ids stay
 * @param suggestedTreatmentAreas areas from muscle involvement (domain.md 1.3), before precautions
 * @param requestedCareMode null means CLINIC_LED
 */
public record DraftInput(
        UUID intakeId,
        UUID patientId,
        ScreeningOutcome outcome,
        HeadacheProfile profile,
        List<Precaution> precautions,
        List<TreatmentArea> suggestedTreatmentAreas,
        CareMode requestedCareMode) {

    public DraftInput {
        precautions = precautions == null ? List.of() : List.copyOf(precautions);
        suggestedTreatmentAreas = suggestedTreatmentAreas == null ? List.of() : List.copyOf(suggestedTreatmentAreas);
    }
}
