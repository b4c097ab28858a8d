package care.unknot.diary.domain;

import java.time.LocalDate;

/** 3.1: an entry may be written for a past or today's local date, and edited for N days after its date. */
public record EditWindow(int days) {

    public boolean isFuture(LocalDate date, LocalDate today) {
        return date.isAfter(today);
    }

    /** Editable through the Nth day after its date (patient's local dates). */
    public boolean isClosed(LocalDate date, LocalDate today) {
        return today.isAfter(date.plusDays(days));
    }
}
