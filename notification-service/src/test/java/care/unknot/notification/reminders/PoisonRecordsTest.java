package care.unknot.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.plan.SessionScheduledV1;
import care.unknot.notification.webhook.it.Partners;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A malformed record on any topic the reminders read goes to the dead-letter topic; the channel goes on. */
@QuarkusTest
class PoisonRecordsTest {

    @Inject
    ReminderProbe probe;

    @Test
    void aRecordThatIsNotJsonOnEachTopicIsDeadLetteredAndTheNextRecordIsApplied() {
        Upstream upstream = new Upstream(probe);
        UUID patient = UUID.randomUUID();
        Map<String, String> poisonIdByTopic = Map.of(
                Topics.INTAKE, poison(Topics.INTAKE, EventTypes.PATIENT_REGISTERED, patient),
                Topics.PLAN, poison(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient),
                Topics.DIARY, poison(Topics.DIARY, EventTypes.DIARY_ENTRY_RECORDED, patient));

        // each send waits until the reminders consumer of its topic recorded the good event behind the poison
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
        upstream.send(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient, new SessionScheduledV1(UUID.randomUUID(),
                UUID.randomUUID(), patient, UUID.randomUUID(), 1, OffsetDateTime.parse("2027-01-10T10:00:00+01:00"),
                45, ZoneId.of("Europe/Berlin")));
        upstream.send(Topics.DIARY, EventTypes.DIARY_ENTRY_RECORDED, patient, new DiaryEntryRecordedV1(patient,
                LocalDate.parse("2026-03-12"), false, false, false, false, List.of(), false, Instant.now()));

        poisonIdByTopic.forEach((topic, id) -> {
            ConsumerRecord<String, String> dead = Partners.deadLetter(id, Duration.ofSeconds(30))
                    .orElseThrow(() -> new AssertionError("no dead letter for the poison on " + topic));
            assertThat(new String(dead.headers().lastHeader("dead-letter-reason-code").value(),
                    StandardCharsets.UTF_8)).isEqualTo("not-json");
        });
        assertThat(probe.pending(patient, "SESSION")).hasSize(2);
    }

    private static String poison(String topic, String type, UUID patient) {
        String id = UUID.randomUUID().toString();
        Upstream.sendRaw(topic, id, type, patient, "{not json", Instant.now());
        return id;
    }
}
