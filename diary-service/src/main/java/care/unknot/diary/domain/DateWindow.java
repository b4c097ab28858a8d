package care.unknot.diary.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.Stream;

/** A run of consecutive local days, both ends included. An empty window has {@code end} before {@code start}. */
public record DateWindow(LocalDate start, LocalDate end) {

    public static DateWindow endingOn(LocalDate end, int days) {
        return new DateWindow(end.minusDays(days - 1L), end);
    }

    public static DateWindow startingOn(LocalDate start, int days) {
        return new DateWindow(start, start.plusDays(days - 1L));
    }

    public int days() {
        return end.isBefore(start) ? 0 : (int) ChronoUnit.DAYS.between(start, end) + 1;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    public Stream<LocalDate> dates() {
        return days() == 0 ? Stream.empty() : start.datesUntil(end.plusDays(1));
    }
}
