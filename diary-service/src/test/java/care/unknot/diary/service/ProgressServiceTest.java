package care.unknot.diary.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A CURRENT progress.updated goes out only when what it says changed. */
class ProgressServiceTest {

    @Test
    void fingerprintIgnoresTheMovingWindowDatesAndTheComputationTime() {
        care.unknot.events.diary.ProgressUpdatedV1 a = new care.unknot.events.diary.ProgressUpdatedV1(
                java.util.UUID.fromString("5f0c6f7e-2b1d-4c8e-9a51-3f7d2c1e0a01"),
                care.unknot.events.diary.WindowKind.CURRENT, null, true, java.time.LocalDate.of(2026, 3, 1),
                java.time.LocalDate.of(2026, 3, 28), 28, 20, true, null, java.math.BigDecimal.TEN, null, null, null,
                null, null, null, null, care.unknot.events.diary.ResponderClass.PARTIAL, null,
                java.time.Instant.EPOCH);
        care.unknot.events.diary.ProgressUpdatedV1 moved = new care.unknot.events.diary.ProgressUpdatedV1(
                a.patientId(), a.windowKind(), null, true, java.time.LocalDate.of(2026, 3, 2),
                java.time.LocalDate.of(2026, 3, 29), 28, 20, true, null, java.math.BigDecimal.TEN, null, null, null,
                null, null, null, null, care.unknot.events.diary.ResponderClass.PARTIAL, null,
                java.time.Instant.now());
        care.unknot.events.diary.ProgressUpdatedV1 changed = new care.unknot.events.diary.ProgressUpdatedV1(
                a.patientId(), a.windowKind(), null, true, a.windowStart(), a.windowEnd(), 28, 20, true, null,
                java.math.BigDecimal.TEN, null, null, null, null, null, null, null,
                care.unknot.events.diary.ResponderClass.RESPONDER, null, a.computedAt());
        assertThat(ProgressService.fingerprint(moved)).isEqualTo(ProgressService.fingerprint(a));
        assertThat(ProgressService.fingerprint(changed)).isNotEqualTo(ProgressService.fingerprint(a));
    }
}
