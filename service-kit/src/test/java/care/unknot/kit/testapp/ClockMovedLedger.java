package care.unknot.kit.testapp;

import java.time.Instant;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import care.unknot.kit.time.ClockMoved;

/** A job's view of the clock: the time of the last {@link ClockMoved} it was told about. */
@Singleton
public class ClockMovedLedger {

    private volatile Instant last;

    void onClockMoved(@Observes ClockMoved moved) {
        last = moved.now();
    }

    public Instant last() {
        return last;
    }
}
