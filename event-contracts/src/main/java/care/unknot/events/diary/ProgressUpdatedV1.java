package care.unknot.events.diary;

import care.unknot.events.EventPayload;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
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
        Instant computedAt) implements EventPayload {
}
