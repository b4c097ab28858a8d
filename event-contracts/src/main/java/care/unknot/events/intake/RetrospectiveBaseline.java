package care.unknot.events.intake;

import care.unknot.events.EventLists;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * What the intake says about the last three months, used by diary-service as the RETROSPECTIVE baseline
 * (domain.md 3.3).
 *
 * @param monthlyHeadacheDays headache days in each of the last three calendar months, oldest first; the exact source
 * @param meanHeadacheDaysPer28 their mean, taken as per 28 days; a decimal string, see
 *        {@link care.unknot.events.EventDecimals} (e.g. 44/3 arrives floored as "14.6666": compute exact decisions
 *        from the counts)
 * @param anyMedicationDaysPerMonth days per month with any acute medication (the medication-reduction baseline)
 */
public record RetrospectiveBaseline(
        List<Integer> monthlyHeadacheDays,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal meanHeadacheDaysPer28,
        Integer anyMedicationDaysPerMonth) {

    public RetrospectiveBaseline {
        monthlyHeadacheDays = EventLists.copyOrEmpty(monthlyHeadacheDays);
    }
}
