package care.unknot.events.diary;

import care.unknot.events.EventLists;
import care.unknot.events.EventPayload;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code progress.updated}: a window's figures or responder class changed (CURRENT), or a checkpoint window was
 * computed after session 4 or the program's last session (CHECKPOINT; plan-service decides on it, domain.md 2.4).
 *
 * <p>Decimals are strings, exact or floored to 4 places ({@link care.unknot.events.EventDecimals}); decide on
 * {@code responderClass}, which diary-service computes on exact values. An unusable window has no normalised
 * figures, no reductions and no MOH status (those fields are absent); {@code responderClass} is INSUFFICIENT_DATA.
 *
 * @param treatmentStarted false before the first completed session: the window is then a provisional baseline
 * @param windowDays days in the window (28, or fewer for a SESSION_4 checkpoint window)
 * @param responderMetric the count {@code responderClass} was judged on
 * @param headacheDaysReductionPercent (baseline - window) / baseline x 100; positive is better
 * @param mohStatus only for usable 28-day windows
 * @param headacheDays raw count of headache days among the logged days (with {@code loggedDays} the normalised
 *     figure is headacheDays x 28 / loggedDays); likewise {@code migraineDays}, {@code moderateSevereDays},
 *     {@code acuteMedicationDays}
 * @param lateEntries logged days of the window whose entry was created more than 7 days after its date
 * @param acuteMedicationDaysByClass raw acute-medication days per class, every class listed (0 included)
 * @param meanPeakNrs mean of each day's highest episode peak NRS over the days with episodes; absent without episodes
 * @param adherencePercent home-program days done / prescribed days x 100 (at most 100); absent without prescribed days
 * @param mohThresholdsMet the MOH thresholds the window meets (empty when none or no MOH status)
 * @param headacheDaysResponderClass the class of {@code headacheDaysReductionPercent}
 * @param migraineDaysResponderClass the class of {@code migraineDaysReductionPercent}
 * @param revision CHECKPOINT only: 0 for the checkpoint's first report, then 1, 2, ... each time a late or imported
 *     entry changed the figures of a checkpoint window already reported (a revision, never a silent change); absent
 *     for CURRENT
 */
public record ProgressUpdatedV1(
        UUID patientId,
        WindowKind windowKind,
        ProgressCheckpoint checkpoint,
        Boolean treatmentStarted,
        LocalDate windowStart,
        LocalDate windowEnd,
        Integer windowDays,
        Integer loggedDays,
        Boolean usable,
        ProgressBaseline baseline,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal headacheDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal migraineDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal moderateSevereDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal acuteMedicationDaysPer28,
        ProgressMetric responderMetric,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal headacheDaysReductionPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal migraineDaysReductionPercent,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal medicationDaysReductionPercent,
        ResponderClass responderClass,
        MohStatus mohStatus,
        Instant computedAt,
        Integer headacheDays,
        Integer migraineDays,
        Integer moderateSevereDays,
        Integer acuteMedicationDays,
        Integer lateEntries,
        List<MedicationClassDays> acuteMedicationDaysByClass,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal meanPeakNrs,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal adherencePercent,
        List<MohThreshold> mohThresholdsMet,
        ResponderClass headacheDaysResponderClass,
        ResponderClass migraineDaysResponderClass,
        Integer revision) implements EventPayload {

    public ProgressUpdatedV1 {
        acuteMedicationDaysByClass = EventLists.copyOrEmpty(acuteMedicationDaysByClass);
        mohThresholdsMet = EventLists.copyOrEmpty(mohThresholdsMet);
    }

    /** The first version's components only (the added figures absent). */
    public ProgressUpdatedV1(UUID patientId, WindowKind windowKind, ProgressCheckpoint checkpoint,
                             Boolean treatmentStarted, LocalDate windowStart, LocalDate windowEnd, Integer windowDays,
                             Integer loggedDays, Boolean usable, ProgressBaseline baseline, BigDecimal headacheDaysPer28,
                             BigDecimal migraineDaysPer28, BigDecimal moderateSevereDaysPer28,
                             BigDecimal acuteMedicationDaysPer28, ProgressMetric responderMetric,
                             BigDecimal headacheDaysReductionPercent, BigDecimal migraineDaysReductionPercent,
                             BigDecimal medicationDaysReductionPercent, ResponderClass responderClass,
                             MohStatus mohStatus, Instant computedAt) {
        this(patientId, windowKind, checkpoint, treatmentStarted, windowStart, windowEnd, windowDays, loggedDays,
                usable, baseline, headacheDaysPer28, migraineDaysPer28, moderateSevereDaysPer28,
                acuteMedicationDaysPer28, responderMetric, headacheDaysReductionPercent, migraineDaysReductionPercent,
                medicationDaysReductionPercent, responderClass, mohStatus, computedAt, null, null, null, null, null,
                null, null, null, null, null, null, null);
    }
}
