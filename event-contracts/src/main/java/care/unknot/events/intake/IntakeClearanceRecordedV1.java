package care.unknot.events.intake;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code intake.clearance-recorded}: a physician's clearance was recorded (domain.md 1.5). The clinician's name and
 * the document reference stay in intake-service.
 *
 * @param clearedRuleIds the rules the clearance covers
 * @param restrictedRuleIds with scope WITH_RESTRICTIONS: the precautions the clearance keeps in force
 * @param clearedOn the date on the clearance
 * @param outcome the outcome in force afterwards (ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS)
 * @param eligibleForPlan whether the intake may now lead to a plan (domain.md 1.5: reviewed and the outcome in force
 *     ELIGIBLE or ELIGIBLE_WITH_PRECAUTIONS): false when the clearance was recorded before the therapist's review,
 *     which then publishes intake.reviewed with the answer. Added in place (additive): absent in events published
 *     before it existed
 */
public record IntakeClearanceRecordedV1(
        UUID clearanceId,
        UUID intakeId,
        UUID patientId,
        ClearanceScope scope,
        List<String> clearedRuleIds,
        List<String> restrictedRuleIds,
        LocalDate clearedOn,
        ScreeningOutcome outcome,
        Boolean eligibleForPlan,
        Instant recordedAt) implements EventPayload {

    public IntakeClearanceRecordedV1 {
        clearedRuleIds = EventLists.copyOrEmpty(clearedRuleIds);
        restrictedRuleIds = EventLists.copyOrEmpty(restrictedRuleIds);
    }
}
