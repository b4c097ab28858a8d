package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.kit.outbox.mongo.MongoOutboxRelay;
import care.unknot.kit.outbox.mongo.MongoOutboxWorker;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One patient's events reach the topic in the order they happened: a progress.updated follows its entry. */
@QuarkusTest
class EventOrderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);

    @Inject
    MutableClock clock;

    @Inject
    MongoOutboxRelay relay;

    private final UUID patient = UUID.randomUUID();

    @Test
    void eachProgressUpdateFollowsTheEntryThatCausedItEvenWhenTheRelayCatchesUpLater() {
        Diary.at(clock, TODAY, 12);
        relay.pause();
        try {
            // three entries in the current window, each changing it: entry-recorded, then progress.updated
            for (int back = 3; back >= 1; back--) {
                Api.put(patient, TODAY.minusDays(back), Api.headache(60, 3 + back));
            }
        } finally {
            relay.resume();
        }

        List<Kafka.Event> events = Kafka.diaryEvents(patient, e -> e.size() >= 6, Duration.ofSeconds(20));

        assertThat(events).extracting(Kafka.Event::type).containsExactly(
                EventTypes.DIARY_ENTRY_RECORDED, EventTypes.PROGRESS_UPDATED,
                EventTypes.DIARY_ENTRY_RECORDED, EventTypes.PROGRESS_UPDATED,
                EventTypes.DIARY_ENTRY_RECORDED, EventTypes.PROGRESS_UPDATED);
        assertThat(Kafka.ofType(events, EventTypes.DIARY_ENTRY_RECORDED))
                .extracting(e -> e.as(DiaryEntryRecordedV1.class).entryDate())
                .containsExactly(TODAY.minusDays(3), TODAY.minusDays(2), TODAY.minusDays(1));
    }

    @Test
    void twoRelayReplicasPublishEachEventOnceAndEachPatientsInOrder() {
        Diary.at(clock, TODAY, 12);
        List<UUID> patients = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        MongoOutboxWorker secondReplica = relay.newWorker("second-replica");
        secondReplica.start();
        try {
            for (int back = 3; back >= 1; back--) {
                for (UUID p : patients) {
                    Api.put(p, TODAY.minusDays(back), Api.headache(60, 3 + back));
                }
            }
            for (UUID p : patients) {
                Kafka.diaryEvents(p, e -> e.size() >= 6, Duration.ofSeconds(20));
                // a little longer, so a duplicate would show
                List<Kafka.Event> events = Kafka.diaryEvents(p, e -> false, Duration.ofMillis(1000));
                assertThat(events).extracting(Kafka.Event::id).doesNotHaveDuplicates();
                assertThat(events).extracting(Kafka.Event::type).containsExactly(
                        EventTypes.DIARY_ENTRY_RECORDED, EventTypes.PROGRESS_UPDATED,
                        EventTypes.DIARY_ENTRY_RECORDED, EventTypes.PROGRESS_UPDATED,
                        EventTypes.DIARY_ENTRY_RECORDED, EventTypes.PROGRESS_UPDATED);
            }
        } finally {
            secondReplica.stop();
        }
    }
}
