package care.unknot.diary.domain;

import java.time.LocalDate;

/** The home program as assigned by plan-service: from which local date, and how often. */
public record HomeProgram(LocalDate assignedOn, Frequency frequency) {

    public enum Frequency { DAILY, EVERY_OTHER_DAY }

    /** 3.3: DAILY every day; EVERY_OTHER_DAY half the days, rounded up. */
    public int prescribedDays(int daysSinceAssignment) {
        return frequency == Frequency.DAILY ? daysSinceAssignment : (daysSinceAssignment + 1) / 2;
    }
}
