package care.unknot.notification.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

/** Reminder rules of domain.md 4 and the dispatcher's tunables, with their defaults. */
@ConfigMapping(prefix = "unknot.reminders")
public interface ReminderConfig {

    Defaults defaults();

    /** Session reminders go this long before the start (domain.md 4: 24 h and 2 h). */
    @WithDefault("PT24H,PT2H")
    List<Duration> sessionLeadTimes();

    /**
     * A gap reminder not out within this long after it was raised (downtime, quiet hours) is withdrawn, not sent late.
     * Session reminders expire at the session start, daily ones at the end of their local day; urgent alerts never.
     */
    @WithDefault("PT24H")
    Duration gapReminderExpiry();

    Dispatch dispatch();

    interface Defaults {
        /** Daily diary reminder, local time, when the patient chose none. */
        @WithDefault("20:00")
        LocalTime diaryTime();

        /** Home-program reminder, local time, when the patient chose none. */
        @WithDefault("18:00")
        LocalTime homeProgramTime();

        @WithDefault("21:30")
        LocalTime quietStart();

        @WithDefault("08:00")
        LocalTime quietEnd();
    }

    interface Dispatch {
        /** Off in tests, which call the dispatcher themselves with a set clock. */
        @WithDefault("true")
        boolean enabled();

        /** How often each replica's poller runs (a quarkus-scheduler period, e.g. 1s). */
        @WithDefault("1s")
        String interval();

        /** Reminders released and deliveries claimed per transaction. */
        @WithDefault("500")
        int batchSize();

        /** Batches per tick at most, so one tick stays short even with a backlog. */
        @WithDefault("20")
        int maxBatches();

        /** A claimed delivery is another dispatcher's again after this (its dispatcher died). */
        @WithDefault("PT2M")
        Duration lease();

        /** Back-off after a transient failure: doubling from this. */
        @WithDefault("PT30S")
        Duration retryInitial();

        @WithDefault("PT1H")
        Duration retryMax();

        /** Attempts (the first included) before a delivery fails with RETRIES_EXHAUSTED. */
        @WithDefault("8")
        int maxAttempts();

        /** Parallel sends within a claimed batch. */
        @WithDefault("8")
        int sendConcurrency();
    }
}
