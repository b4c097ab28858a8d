package care.unknot.diary.domain;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/** Builds stored day facts for window tests. */
final class Days {

    private final NavigableMap<LocalDate, DayFacts> days = new TreeMap<>();

    static DayFacts headacheFree(LocalDate date) {
        return new DayFacts(date, false, false, false, Set.of(), null, false);
    }

    static DayFacts headache(LocalDate date, int peak) {
        return new DayFacts(date, true, false, peak >= 4, Set.of(), peak, false);
    }

    static DayFacts migraine(LocalDate date) {
        return new DayFacts(date, true, true, true, Set.of(), 7, false);
    }

    static DayFacts medication(LocalDate date, MedicationClass first, MedicationClass... more) {
        return new DayFacts(date, true, first.isMigraineSpecific(), false, EnumSet.of(first, more), null, false);
    }

    static DayFacts exercised(LocalDate date) {
        return new DayFacts(date, false, false, false, Set.of(), null, true);
    }

    Days put(DayFacts facts) {
        days.put(facts.date(), facts);
        return this;
    }

    /** {@code count} consecutive days from {@code start}, the first {@code headacheDays} of them headache days. */
    Days run(LocalDate start, int count, int headacheDays) {
        for (int i = 0; i < count; i++) {
            LocalDate date = start.plusDays(i);
            put(i < headacheDays ? headache(date, 5) : headacheFree(date));
        }
        return this;
    }

    NavigableMap<LocalDate, DayFacts> map() {
        return days;
    }
}
