package care.unknot.diary.it;

import care.unknot.kit.time.MutableClock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.IntFunction;

/** Logs entries day by day the way a patient would, each on its own day (clock at 20:00 UTC). */
final class Diary {

    private Diary() {
    }

    static void log(MutableClock clock, UUID patient, LocalDate first, int days, IntFunction<String> bodyForDay) {
        for (int i = 0; i < days; i++) {
            LocalDate date = first.plusDays(i);
            String body = bodyForDay.apply(i);
            if (body != null) {
                clock.set(date.atTime(20, 0).toInstant(ZoneOffset.UTC));
                Api.put(patient, date, body);
            }
        }
    }

    static void at(MutableClock clock, LocalDate date, int hourUtc) {
        clock.set(date.atTime(hourUtc, 0).toInstant(ZoneOffset.UTC));
    }
}
