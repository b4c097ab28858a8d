package care.unknot.diary.domain;

import java.time.LocalDate;
import java.util.Optional;

/** 3.4: N consecutive local days without an entry after the last one, raised once the Nth empty day has ended. */
public class GapDetector {

    private final int gapDays;

    public GapDetector(int gapDays) {
        this.gapDays = gapDays;
    }

    public record Gap(LocalDate lastEntry, LocalDate firstEmptyDay, LocalDate lastEmptyDay) {
    }

    /**
     * @param lastEntry the patient's latest entry date, null when there is none (no gap before a first entry)
     * @param lastGapEnd the last empty day of the last gap raised, null when none: a gap is raised once
     * @param today the patient's local date now
     */
    public Optional<Gap> detect(LocalDate lastEntry, LocalDate lastGapEnd, LocalDate today) {
        if (lastEntry == null) {
            return Optional.empty();
        }
        LocalDate first = lastEntry.plusDays(1);
        LocalDate last = lastEntry.plusDays(gapDays);
        boolean ended = today.isAfter(last);
        boolean alreadyRaised = lastGapEnd != null && !first.isAfter(lastGapEnd);
        return ended && !alreadyRaised ? Optional.of(new Gap(lastEntry, first, last)) : Optional.empty();
    }
}
