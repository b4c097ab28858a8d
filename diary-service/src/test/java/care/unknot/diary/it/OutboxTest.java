package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import care.unknot.diary.domain.DayClassifier;
import care.unknot.diary.domain.DiaryEntry;
import care.unknot.diary.repository.EntryRepository;
import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.ProjectionService;
import care.unknot.events.EventTypes;
import care.unknot.kit.outbox.mongo.MongoOutbox;
import care.unknot.kit.outbox.mongo.MongoOutboxRelay;
import care.unknot.kit.outbox.mongo.MongoOutboxWorker;
import care.unknot.kit.time.MutableClock;
import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Events live inside the written document until the broker acknowledged them; a crash before that loses nothing. */
@QuarkusTest
class OutboxTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @Inject
    MutableClock clock;

    @Inject
    MongoOutboxRelay relay;

    @Inject
    MongoClient mongo;

    @ConfigProperty(name = "quarkus.mongodb.database")
    String database;

    @Inject
    EntryRepository entries;

    @Inject
    PatientRepository patients;

    @Inject
    ProjectionService projection;

    @Inject
    DayClassifier classifier;

    @Inject
    care.unknot.diary.messaging.DiaryEvents events;

    private final UUID patient = UUID.randomUUID();

    private Document entryDocument() {
        return mongo.getDatabase(database).getCollection(EntryRepository.COLLECTION)
                .find(Filters.eq("patientId", patient.toString())).first();
    }

    private Document patientDocument() {
        return mongo.getDatabase(database).getCollection(PatientRepository.COLLECTION)
                .find(Filters.eq("_id", patient.toString())).first();
    }

    @Test
    void eventWrittenWhileNoRelayRunsIsPublishedOnceByARelayStartedAfterTheWrite() {
        Diary.at(clock, DAY, 12);
        relay.pause();
        try {
            Api.put(patient, DAY, Api.headache(45, 5));
            // handed over to the patient's outbox by the projection
            assertThat(patientDocument().getList(MongoOutbox.FIELD, Document.class))
                    .extracting(d -> d.getString("type")).containsExactly(EventTypes.DIARY_ENTRY_RECORDED);
            assertThat(entryDocument().get(EntryRepository.PENDING_EVENTS)).isNull();
            assertThat(Kafka.diaryEvents(patient, e -> !e.isEmpty(), Duration.ofMillis(1500))).isEmpty();

            MongoOutboxWorker afterCrash = relay.newWorker("relay-after-crash");
            afterCrash.start();
            try {
                assertThat(Kafka.awaitExactly(patient, EventTypes.DIARY_ENTRY_RECORDED, 1)).hasSize(1);
                await().atMost(Duration.ofSeconds(10)).until(() ->
                        patientDocument().getList(MongoOutbox.FIELD, Document.class, List.of()).isEmpty());
            } finally {
                afterCrash.stop();
            }
        } finally {
            relay.resume();
        }
    }

    @Test
    void everyEventOfAWriteIsPublishedOnceAfterTheAck() {
        Diary.at(clock, DAY, 12);
        String body = """
                {"headache": true, "episodes": [{"start": "08:00", "durationMinutes": 60, "peakNrs": 9}],
                 "redFlags": ["WEAKNESS"]}""";
        Api.put(patient, DAY, body);
        List<Kafka.Event> events = Kafka.diaryEvents(patient, e -> e.size() >= 2, Duration.ofSeconds(20));
        List<Kafka.Event> settled = Kafka.diaryEvents(patient, e -> false, Duration.ofMillis(1500));
        assertThat(settled).hasSameSizeAs(events);
        assertThat(settled).extracting(Kafka.Event::type)
                .containsExactlyInAnyOrder(EventTypes.DIARY_ENTRY_RECORDED, EventTypes.DIARY_ALERT_RAISED);
        assertThat(settled).extracting(Kafka.Event::id).doesNotHaveDuplicates();
    }

    @Test
    void projectionInterruptedByACrashIsFinishedByTheRepairJobWithTheEntrysEvents() {
        Diary.at(clock, DAY, 12);
        DiaryEntry entry = new DiaryEntry(DAY, true, List.of(new care.unknot.diary.domain.Episode(
                java.time.LocalTime.NOON, 45, 6, Set.of(), List.of())), List.of(), null, null, null, List.of(),
                null, null, Set.of(), null);
        var facts = classifier.classify(entry);
        Document recorded = events.entryRecorded(patient, facts);
        // the entry write succeeded, then the process died before the read model was updated
        assertThat(entries.insert(patient, entry, facts, clock.instant(), List.of(recorded), null)).isTrue();
        assertThat(patients.find(patient)).isEmpty();

        projection.repair();

        assertThat(patients.find(patient).orElseThrow().days()).containsKey(DAY);
        assertThat(entryDocument().getBoolean("projected")).isTrue();
        assertThat(Kafka.awaitExactly(patient, EventTypes.DIARY_ENTRY_RECORDED, 1)).extracting(Kafka.Event::id)
                .containsExactly(recorded.getString("id"));
    }
}
