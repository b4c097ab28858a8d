package care.unknot.kit.time;

import java.time.Instant;

/**
 * CDI event: the local stack's clock was set or advanced ({@code ./unknot clock}), fired soon after the change
 * (within {@code unknot.clock.watch-interval}). Scheduled jobs observe it to run at once instead of waiting for
 * their next tick:
 *
 * <pre>{@code
 * void onClockMoved(@Observes ClockMoved moved) { runAll(); }
 * }</pre>
 *
 * Never fired outside the local stack (profile {@code local}); the jobs' own ticks stay what runs them in
 * production.
 *
 * @param now the clock's time after the move
 */
public record ClockMoved(Instant now) {
}
