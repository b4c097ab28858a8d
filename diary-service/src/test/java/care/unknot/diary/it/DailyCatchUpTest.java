package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.DailyJobs;
import care.unknot.events.EventTypes;
import care.unknot.events.diary.ProgressUpdatedV1;
import care.unknot.kit.time.ClockMoved;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * When the clock jumps days ahead (the local stack's {@code ./unknot clock advance 7d}, or a service that was
 * down), the daily job catches each patient up day by day, as if the time had passed, and starts at once when
 * the clock tells it it moved.
 */
@QuarkusTest
class DailyCatchUpTest {

    @Inject
    MutableClock clock;

    @Inject
    DailyJobs jobs;

    @Inject
    PatientRepository patients;

    @Inject
    Event<ClockMoved> clockMoved;

    private final UUID patient = UUID.randomUUID();

    @Test
    void aSevenDayJumpRunsEachOfTheSevenDaysInTurn() {
        LocalDate first = LocalDate.of(2026, 11, 2);
        Diary.log(clock, patient, first, 28, i -> Api.HEADACHE_FREE);
        LocalDate day28 = first.plusDays(28);
        Diary.at(clock, day28, 6);
        jobs.runFor(patient);
        int before = Kafka.ofType(Kafka.diaryEvents(patient, e -> false, Duration.ofMillis(1500)),
                EventTypes.PROGRESS_UPDATED).size();

        Diary.at(clock, day28.plusDays(7), 6); // one logged day leaves the moving window every day
        clockMoved.fire(new ClockMoved(clock.instant()));

        List<Kafka.Event> updates = Kafka.awaitExactly(patient, EventTypes.PROGRESS_UPDATED, before + 7);
        assertThat(updates).hasSize(before + 7);
        // one update per day run, each on that day's window (ending the day before)
        assertThat(updates.subList(before, before + 7).stream()
                .map(e -> e.as(ProgressUpdatedV1.class).windowEnd()).toList())
                .containsExactlyElementsOf(IntStream.range(0, 7).mapToObj(day28::plusDays).toList());
        assertThat(patients.find(patient).orElseThrow().lastDailyRun()).isEqualTo(day28.plusDays(7));
    }
}
