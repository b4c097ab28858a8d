package care.unknot.events.diary;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The baseline progress is measured against (domain.md 3.3), counts normalised to 28 days as decimal strings.
 * RETROSPECTIVE baselines have no dates and only headache and acute-medication days.
 *
 * @param loggedDays PROSPECTIVE only: logged days of the baseline window; with the raw counts that follow
 *     ({@code headacheDays}, {@code migraineDays}, {@code moderateSevereDays}, {@code acuteMedicationDays}) the
 *     normalised figures are count x 28 / loggedDays
 * @param lateEntries PROSPECTIVE only: logged days whose entry was created more than 7 days after its date
 */
public record ProgressBaseline(
        ProgressBaselineKind kind,
        LocalDate start,
        LocalDate end,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal headacheDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal migraineDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal moderateSevereDaysPer28,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal acuteMedicationDaysPer28,
        Integer loggedDays,
        Integer headacheDays,
        Integer migraineDays,
        Integer moderateSevereDays,
        Integer acuteMedicationDays,
        Integer lateEntries) {

    /** The first version's components only (the raw counts absent). */
    public ProgressBaseline(ProgressBaselineKind kind, LocalDate start, LocalDate end, BigDecimal headacheDaysPer28,
                            BigDecimal migraineDaysPer28, BigDecimal moderateSevereDaysPer28,
                            BigDecimal acuteMedicationDaysPer28) {
        this(kind, start, end, headacheDaysPer28, migraineDaysPer28, moderateSevereDaysPer28, acuteMedicationDaysPer28,
                null, null, null, null, null, null);
    }
}
