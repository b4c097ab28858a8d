package care.unknot.diary.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A patient's progress (3.3). Before the first treatment session {@code firstSession} is null, the baseline is the
 * current window marked PROVISIONAL and the series is empty.
 */
public record Progress(LocalDate today, LocalDate firstSession, Baseline baseline, WindowProgress current,
                       List<WindowProgress> series) {

    public Progress {
        series = List.copyOf(series);
    }

    public boolean treatmentStarted() {
        return firstSession != null;
    }
}
