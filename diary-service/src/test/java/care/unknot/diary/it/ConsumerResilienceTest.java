package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.events.CloudEventsConventions;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.PatientUpdatedV1;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.kit.consume.PoisonEvent;
import com.mongodb.MongoTimeoutException;
import care.unknot.kit.outbox.mongo.MongoOutbox;
import com.mongodb.client.MongoClient;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.conversions.Bson;
import org.bson.Document;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 for diary's intake-events and plan-events consumers: every kind of bad record (produced raw with a
 * plain KafkaProducer) lands on diary-service.dlq with its reason code, an unknown type is skipped, and the good
 * event after them is applied; a store failure is retried in place, in order, never dead-lettered; read copies
 * (time zone, home program) are last-writer-wins by event time.
 */
@QuarkusTest
class ConsumerResilienceTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");

    @Inject
    PatientRepository patients;
    @Inject
    MongoClient mongo;
    @Inject
    MongoOutbox outbox;

    private final UUID patient = UUID.randomUUID();

    @Test
    void badIntakeRecordsAreDeadLetteredWithTheirReasonAndTheNextEventIsApplied() {
        String good = "{\"patientId\":\"" + patient + "\",\"timeZone\":\"Europe/Berlin\",\"registeredAt\":\"" + T0
                + "\"}";
        Map<String, String> expected = sendBadRecords(Topics.INTAKE, EventTypes.PATIENT_REGISTERED, good,
                "{\"patientId\":\"" + patient + "\",\"timeZone\":\"Mars/Olympus_Mons\"}");
        String next = new Upstream(patients).registered(patient, ZoneId.of("Europe/Berlin"));
        assertThat(patients.load(patient).processedEvents()).contains(next);
        assertDeadLettered(expected);
    }

    @Test
    void badPlanRecordsAreDeadLetteredWithTheirReasonAndTheNextEventIsApplied() {
        String good = "{\"patientId\":\"" + patient + "\",\"assignedOn\":\"2026-03-01\",\"frequency\":\"DAILY\"}";
        Map<String, String> expected = sendBadRecords(Topics.PLAN, EventTypes.HOME_PROGRAM_ASSIGNED, good,
                "{\"patientId\":\"" + patient + "\",\"assignedOn\":\"2026-03-01\",\"frequency\":\"HOURLY\"}");
        new Upstream(patients).send(Topics.PLAN, EventTypes.HOME_PROGRAM_ASSIGNED, patient,
                Upstream.homeProgram(patient, LocalDate.of(2026, 3, 1), HomeProgramFrequency.DAILY));
        assertThat(patients.load(patient).homeProgram()).isNotNull();
        assertDeadLettered(expected);
    }

    /** Bad records, each under its own key; returns key -> expected reason code. */
    private Map<String, String> sendBadRecords(String topic, String type, String goodJson, String mismatchJson) {
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        String key = UUID.randomUUID().toString();
        Map<String, String> headers = Kafka.headers(topic, key, type, patient, T0);
        headers.put(CloudEventsConventions.HEADER_TIME, "1-01-22T04:06:32Z");
        Kafka.publishRaw(topic, key, headers, goodJson);
        expected.put(key, PoisonEvent.MALFORMED_HEADER);
        for (String missing : List.of(CloudEventsConventions.HEADER_ID, CloudEventsConventions.HEADER_TYPE,
                CloudEventsConventions.HEADER_SOURCE)) {
            key = UUID.randomUUID().toString();
            headers = Kafka.headers(topic, key, type, patient, T0);
            headers.remove(missing);
            Kafka.publishRaw(topic, key, headers, goodJson);
            expected.put(key, PoisonEvent.MISSING_HEADER);
        }
        key = UUID.randomUUID().toString();
        Kafka.publishRaw(topic, key, Kafka.headers(topic, key, type, patient, T0), "{\"patientId\": ");
        expected.put(key, PoisonEvent.NOT_JSON);
        key = UUID.randomUUID().toString();
        Kafka.publishRaw(topic, key, Kafka.headers(topic, key, type, patient, T0), mismatchJson);
        expected.put(key, PoisonEvent.CONTRACT_MISMATCH);
        key = UUID.randomUUID().toString();
        Kafka.publishRaw(topic, key, Kafka.headers(topic, key, "something.new", patient, T0), "{\"x\":1}");
        expected.put(key, null); // skipped, not dead-lettered
        return expected;
    }

    private static void assertDeadLettered(Map<String, String> expected) {
        Map<String, String> reasons = Kafka.deadLetterReasons(expected.keySet(), expected.size() - 1,
                Duration.ofSeconds(20));
        expected.forEach((key, reason) -> {
            if (reason == null) {
                assertThat(reasons).as("unknown type").doesNotContainKey(key);
            } else {
                assertThat(reasons).as(reason).containsEntry(key, reason);
            }
        });
        RestAssured.get("/q/health/live").then().statusCode(200);
    }

    @Test
    void aStoreFailureIsRetriedInPlaceAndThePatientsNextEventIsAppliedAfterIt() {
        FlakyPatients flaky = new FlakyPatients(mongo, outbox, patient, 3);
        QuarkusMock.installMockForType(flaky, PatientRepository.class);
        String registered = UUID.randomUUID().toString();
        String updated = UUID.randomUUID().toString();
        Kafka.publish(Topics.INTAKE, registered, EventTypes.PATIENT_REGISTERED, patient,
                new PatientRegisteredV1(patient, ZoneId.of("Europe/Berlin"), "de", null, List.of(), null, T0), T0);
        Kafka.publish(Topics.INTAKE, updated, EventTypes.PATIENT_UPDATED, patient, new PatientUpdatedV1(patient,
                ZoneId.of("Asia/Tokyo"), "de", null, List.of(), null, T0.plusSeconds(60)), T0.plusSeconds(60));

        new Upstream(patients).awaitProcessed(patient, updated);
        assertThat(flaky.failuresLeft.get()).isNegative();
        assertThat(flaky.applied).containsExactly(registered, updated);
        assertThat(patients.load(patient).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(Kafka.deadLetterReasons(java.util.Set.of(patient.toString()), 1, Duration.ofSeconds(3)))
                .isEmpty();
    }

    @Test
    void aReplayedRegistrationDoesNotOverwriteTheZoneOfALaterUpdate() {
        Upstream upstream = new Upstream(patients);
        String updated = UUID.randomUUID().toString();
        Kafka.publish(Topics.INTAKE, updated, EventTypes.PATIENT_UPDATED, patient, new PatientUpdatedV1(patient,
                ZoneId.of("Asia/Tokyo"), "en", null, List.of(), null, T0.plusSeconds(60)), T0.plusSeconds(60));
        upstream.awaitProcessed(patient, updated);
        String replayed = UUID.randomUUID().toString();
        Kafka.publish(Topics.INTAKE, replayed, EventTypes.PATIENT_REGISTERED, patient,
                new PatientRegisteredV1(patient, ZoneId.of("Europe/Berlin"), "en", null, List.of(), null, T0), T0);
        upstream.awaitProcessed(patient, replayed);
        assertThat(patients.load(patient).zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
    }

    @Test
    void anOlderHomeProgramConsumedLateDoesNotOverwriteTheNewerOne() {
        Upstream upstream = new Upstream(patients);
        LocalDate day = LocalDate.of(2026, 3, 1);
        String newer = UUID.randomUUID().toString();
        Kafka.publish(Topics.PLAN, newer, EventTypes.HOME_PROGRAM_ASSIGNED, patient,
                Upstream.homeProgram(patient, day.plusDays(7), HomeProgramFrequency.EVERY_OTHER_DAY),
                T0.plusSeconds(3600));
        upstream.awaitProcessed(patient, newer);
        String older = UUID.randomUUID().toString();
        Kafka.publish(Topics.PLAN, older, EventTypes.HOME_PROGRAM_ASSIGNED, patient,
                Upstream.homeProgram(patient, day, HomeProgramFrequency.DAILY), T0);
        upstream.awaitProcessed(patient, older);
        assertThat(patients.load(patient).homeProgram().frequency().name()).isEqualTo("EVERY_OTHER_DAY");
        assertThat(patients.load(patient).homeProgram().assignedOn()).isEqualTo(day.plusDays(7));
    }

    /** The real repository, whose event writes for one patient fail as if MongoDB were unreachable, n times. */
    static final class FlakyPatients extends PatientRepository {

        final AtomicInteger failuresLeft;
        final List<String> applied = new CopyOnWriteArrayList<>();
        private final UUID patient;

        FlakyPatients(MongoClient mongo, MongoOutbox outbox, UUID patient, int failures) {
            super(mongo, "diary", outbox);
            this.patient = patient;
            this.failuresLeft = new AtomicInteger(failures);
        }

        @Override
        public boolean updateForEvent(UUID patientId, long rev, String eventId, List<Bson> changes,
                                      List<Document> outbox) {
            if (patientId.equals(patient) && failuresLeft.getAndDecrement() > 0) {
                throw new MongoTimeoutException("test: no server reachable");
            }
            boolean done = super.updateForEvent(patientId, rev, eventId, changes, outbox);
            if (done && patientId.equals(patient)) {
                applied.add(eventId);
            }
            return done;
        }
    }
}
