package care.unknot.events.diary;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The baseline progress is measured against (domain.md 3.3), counts normalised to 28 days as decimal strings.
 * RETROSPECTIVE baselines have no dates and only headache and acute-medication days.
 */
public record ProgressBaseline(
        ProgressBaselineKind kind,
        LocalDate start,
        LocalDate end,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal headacheDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal migraineDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal moderateSevereDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal acuteMedicationDaysPer28) {
}
