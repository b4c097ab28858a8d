package care.unknot.diary.it;

import static org.awaitility.Awaitility.await;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.repository.PatientState;
import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.intake.HeadacheFrequency;
import care.unknot.events.intake.HeadachePhenotype;
import care.unknot.events.intake.HeadacheProfile;
import care.unknot.events.intake.IntakeScreenedV1;
import care.unknot.events.intake.PatientRegisteredV1;
import care.unknot.events.intake.RetrospectiveBaseline;
import care.unknot.events.intake.ScreeningOutcome;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.events.plan.SessionCompletedV1;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** What intake- and plan-service would publish, sent as real CloudEvents; each waits until the diary applied it. */
final class Upstream {

    private final PatientRepository patients;

    Upstream(PatientRepository patients) {
        this.patients = patients;
    }

    /** Registered long before the dates the tests write (entries may be created from the registration date). */
    String registered(UUID patientId, ZoneId zone) {
        return registered(patientId, zone, Instant.parse("2025-01-01T00:00:00Z"));
    }

    String registered(UUID patientId, ZoneId zone, Instant registeredAt) {
        return send(Topics.INTAKE, EventTypes.PATIENT_REGISTERED, patientId,
                new PatientRegisteredV1(patientId, zone, "en", null, List.of(), null, registeredAt));
    }

    static IntakeScreenedV1 screened(UUID patientId, HeadachePhenotype phenotype, int m1, int m2, int m3,
                                     int anyMedicationDays) {
        return new IntakeScreenedV1(UUID.randomUUID(), patientId, ScreeningOutcome.ELIGIBLE, List.of(),
                new HeadacheProfile(phenotype, HeadacheFrequency.EPISODIC, false), null, null, List.of(), List.of(),
                new RetrospectiveBaseline(List.of(m1, m2, m3), new BigDecimal("0"), anyMedicationDays),
                Instant.now());
    }

    static SessionCompletedV1 session(UUID patientId, int number, LocalDate date, int lastNumber) {
        return new SessionCompletedV1(UUID.randomUUID(), UUID.randomUUID(), patientId, UUID.randomUUID(), number,
                date.atTime(10, 0).toInstant(java.time.ZoneOffset.UTC), date, lastNumber);
    }

    static HomeProgramAssignedV1 homeProgram(UUID patientId, LocalDate from, HomeProgramFrequency frequency) {
        return new HomeProgramAssignedV1(UUID.randomUUID(), UUID.randomUUID(), patientId, from, frequency, List.of(),
                Instant.now());
    }

    /** Publishes with a fresh event id and waits until the diary recorded it as processed. */
    String send(String topic, String type, UUID patientId, Object payload) {
        String id = UUID.randomUUID().toString();
        sendWithId(topic, id, type, patientId, payload);
        awaitProcessed(patientId, id);
        return id;
    }

    void sendWithId(String topic, String id, String type, UUID patientId, Object payload) {
        Kafka.publish(topic, id, type, patientId, payload);
    }

    PatientState awaitProcessed(UUID patientId, String eventId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(() -> patients
                .find(patientId).map(s -> s.processedEvents().contains(eventId)).orElse(false));
        return patients.find(patientId).orElseThrow();
    }
}
