package care.unknot.diary.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The daily MOH alert state of 3.3: on when a threshold is met (a crossing), off on the 7th consecutive day with
 * none met; a day whose window is unusable leaves state and count unchanged.
 *
 * @param lastEvaluated the last local date evaluated, so re-running a day changes nothing
 */
public record MohAlertState(boolean on, int daysWithoutThreshold, LocalDate lastEvaluated) {

    public static final MohAlertState INITIAL = new MohAlertState(false, 0, null);

    /** The outcome of one day: the new state and, on a crossing, the thresholds met (otherwise empty). */
    public record Step(MohAlertState state, List<MohThreshold> crossing, boolean turnedOff) {

        public boolean crossed() {
            return !crossing.isEmpty();
        }
    }

    /** @param status the current window's MOH status, or null when the window is unusable */
    public Step evaluate(LocalDate day, MohStatus status, int offAfterDays) {
        if (lastEvaluated != null && !day.isAfter(lastEvaluated)) {
            return new Step(this, List.of(), false);
        }
        if (status == null) {
            return new Step(new MohAlertState(on, daysWithoutThreshold, day), List.of(), false);
        }
        if (status.atRisk()) {
            return new Step(new MohAlertState(true, 0, day), on ? List.of() : status.thresholdsMet(), false);
        }
        if (!on) {
            return new Step(new MohAlertState(false, 0, day), List.of(), false);
        }
        int quietDays = daysWithoutThreshold + 1;
        return quietDays >= offAfterDays
                ? new Step(new MohAlertState(false, 0, day), List.of(), true)
                : new Step(new MohAlertState(true, quietDays, day), List.of(), false);
    }
}
