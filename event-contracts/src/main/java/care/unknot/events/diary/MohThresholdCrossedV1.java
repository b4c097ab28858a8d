package care.unknot.events.diary;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code moh.threshold-crossed}: the MOH alert state turned on for the current window (domain.md 3.3); one event
 * per crossing, naming every threshold met. For the therapist; never drug advice to the patient.
 */
public record MohThresholdCrossedV1(
        UUID patientId,
        LocalDate windowStart,
        LocalDate windowEnd,
        List<MohThreshold> thresholdsMet,
        Instant detectedAt) implements EventPayload {

    public MohThresholdCrossedV1 {
        thresholdsMet = EventLists.copyOrEmpty(thresholdsMet);
    }
}
