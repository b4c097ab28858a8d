package care.unknot.events.intake;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code intake.screened}: the screening result (domain.md 1.1-1.4), computed for every outcome. Rule ids and codes
 * only: the plain-language explanations and patient guidance stay in intake-service. A screened intake never leads to
 * a plan by itself, whatever its outcome: only a reviewed, eligible one does (domain.md 1.5), as announced by
 * {@code eligibleForPlan} on intake.reviewed and intake.clearance-recorded.
 *
 * @param firedRules every rule that matched, at every level, the decisive ones marked
 * @param suggestedTreatmentAreas areas from muscle involvement (domain.md 1.3), before precautions are applied
 */
public record IntakeScreenedV1(
        UUID intakeId,
        UUID patientId,
        ScreeningOutcome outcome,
        List<FiredRule> firedRules,
        HeadacheProfile profile,
        Hit6Score hit6,
        MidasScore midas,
        List<Precaution> precautions,
        List<TreatmentArea> suggestedTreatmentAreas,
        RetrospectiveBaseline baseline,
        Instant screenedAt) implements EventPayload {

    public IntakeScreenedV1 {
        firedRules = EventLists.copyOrEmpty(firedRules);
        precautions = EventLists.copyOrEmpty(precautions);
        suggestedTreatmentAreas = EventLists.copyOrEmpty(suggestedTreatmentAreas);
    }
}
