package care.unknot.diary.domain;

import java.time.LocalDate;
import java.util.NavigableMap;

/**
 * Everything progress needs about one patient: the stored day facts and the local read copies of intake and plan
 * events. Nullable parts have not arrived (yet).
 */
public record PatientHistory(NavigableMap<LocalDate, DayFacts> days, LocalDate firstSession,
                             RetrospectiveBaseline retrospective, String phenotype, HomeProgram homeProgram) {
}
