package care.unknot.diary.it;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.diary.repository.PatientRepository;
import care.unknot.diary.service.DailyJobs;
import care.unknot.events.EventTypes;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.events.diary.MohThreshold;
import care.unknot.events.diary.MohThresholdCrossedV1;
import care.unknot.kit.time.MutableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Gap detection and the MOH alert state, run by the daily job on the injected clock, per patient time zone. */
@QuarkusTest
class DailyJobsTest {

    @Inject
    MutableClock clock;

    @Inject
    DailyJobs jobs;

    @Inject
    PatientRepository patients;

    private final UUID patient = UUID.randomUUID();

    @Test
    void gapIsRaisedOnceWhenTheThirdEmptyLocalDayHasEnded() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        new Upstream(patients).registered(patient, tokyo);
        LocalDate last = LocalDate.of(2026, 6, 1);
        clock.set(LocalDateTime.of(2026, 6, 1, 21, 0).atZone(tokyo).toInstant());
        Api.put(patient, last, Api.HEADACHE_FREE);

        clock.set(LocalDateTime.of(2026, 6, 4, 23, 59).atZone(tokyo).toInstant());
        jobs.runFor(patient);
        assertThat(Kafka.awaitExactly(patient, EventTypes.DIARY_GAP_DETECTED, 0)).isEmpty();

        clock.set(LocalDateTime.of(2026, 6, 5, 0, 1).atZone(tokyo).toInstant());
        jobs.runAll();
        clock.set(LocalDateTime.of(2026, 6, 6, 9, 0).atZone(tokyo).toInstant());
        jobs.runFor(patient);
        List<Kafka.Event> gaps = Kafka.awaitExactly(patient, EventTypes.DIARY_GAP_DETECTED, 1);
        assertThat(gaps).hasSize(1);
        DiaryGapDetectedV1 gap = gaps.get(0).as(DiaryGapDetectedV1.class);
        assertThat(gap.firstEmptyDate()).isEqualTo(LocalDate.of(2026, 6, 2));
        assertThat(gap.lastEmptyDate()).isEqualTo(LocalDate.of(2026, 6, 4));

        // typed in afterwards: the gap stays reported (nothing withdrawn) and shows the day filled later
        Api.put(patient, LocalDate.of(2026, 6, 3), Api.HEADACHE_FREE);
        Api.asTherapist().get("/api/v1/patients/" + patient + "/summary").then().statusCode(200)
                .body("alerts.find { it.kind == 'GAP' }.from", org.hamcrest.Matchers.equalTo("2026-06-02"))
                .body("alerts.find { it.kind == 'GAP' }.filledLater", org.hamcrest.Matchers.equalTo(1));
        assertThat(Kafka.awaitExactly(patient, EventTypes.DIARY_GAP_DETECTED, 1)).hasSize(1);
    }

    @Test
    void mohCrossingIsOneEventPerCrossingAndListedInTheSummary() {
        LocalDate first = LocalDate.of(2026, 7, 1);
        // 28 logged days, simple analgesics on 15 of them
        Diary.log(clock, patient, first, 28, i -> i < 15 ? Api.medicationOnly("SIMPLE_ANALGESIC") : Api.HEADACHE_FREE);
        for (int day = 28; day < 31; day++) {
            Diary.at(clock, first.plusDays(day), 6);
            jobs.runFor(patient);
        }
        List<Kafka.Event> crossings = Kafka.awaitExactly(patient, EventTypes.MOH_THRESHOLD_CROSSED, 1);
        assertThat(crossings).hasSize(1);
        MohThresholdCrossedV1 crossing = crossings.get(0).as(MohThresholdCrossedV1.class);
        assertThat(crossing.thresholdsMet()).containsExactly(MohThreshold.SIMPLE_ANALGESIC_15_DAYS);
        assertThat(crossing.windowEnd()).isEqualTo(first.plusDays(27));
        assertThat(patients.find(patient).orElseThrow().moh().on()).isTrue();

        Api.asPatient(patient).get("/api/v1/patients/" + patient + "/summary").then().statusCode(200)
                .body("alerts.kind", org.hamcrest.Matchers.hasItem("MOH"));
    }

    @Test
    void sameLocalDayRunsOnce() {
        LocalDate day = LocalDate.of(2026, 8, 1);
        Diary.at(clock, day, 8);
        Api.put(patient, day, Api.HEADACHE_FREE);
        Diary.at(clock, day.plusDays(1), 8);
        jobs.runFor(patient);
        long rev = patients.find(patient).orElseThrow().rev();
        Diary.at(clock, day.plusDays(1), 20);
        jobs.runFor(patient);
        assertThat(patients.find(patient).orElseThrow().rev()).isEqualTo(rev);
    }

    @Test
    void mohAlertTurnsOffOnTheSeventhQuietDayAndALaterCrossingIsANewEvent() {
        LocalDate first = LocalDate.of(2026, 10, 1);
        // simple analgesics on the first 15 of 28 logged days
        Diary.log(clock, patient, first, 28, i -> i < 15 ? Api.medicationOnly("SIMPLE_ANALGESIC") : Api.HEADACHE_FREE);
        for (int k = 0; k <= 18; k++) {
            LocalDate day = first.plusDays(28 + k);
            if (k > 0) {
                // yesterday's entry: headache-free while the alert winds down, then triptans on 10 days
                String body = k <= 8 ? Api.HEADACHE_FREE : Api.medicationOnly("TRIPTAN");
                Diary.log(clock, patient, day.minusDays(1), 1, i -> body);
            }
            Diary.at(clock, day, 6);
            jobs.runFor(patient);
            boolean on = patients.find(patient).orElseThrow().moh().on();
            // k = 0: 15 days met; k = 1..6: quiet days 1..6; k = 7: the 7th quiet day turns it off;
            // k = 18: 10 triptan days in the window ending yesterday
            assertThat(on).as("alert on day %d", k).isEqualTo(k < 7 || k == 18);
        }
        List<Kafka.Event> crossings = Kafka.awaitExactly(patient, EventTypes.MOH_THRESHOLD_CROSSED, 2);
        assertThat(crossings).hasSize(2);
        assertThat(crossings.get(1).as(MohThresholdCrossedV1.class).thresholdsMet())
                .containsExactly(MohThreshold.TRIPTAN_10_DAYS);

        // the history staff read: on (with the thresholds met), off on the 7th quiet day, on again
        String history = "/api/v1/patients/" + patient + "/moh-alerts";
        Api.asTherapist().get(history).then().statusCode(200)
                .body("day", org.hamcrest.Matchers.contains(first.plusDays(28).toString(),
                        first.plusDays(35).toString(), first.plusDays(46).toString()))
                .body("state", org.hamcrest.Matchers.contains("ON", "OFF", "ON"))
                .body("thresholdsMet", org.hamcrest.Matchers.contains(List.of("SIMPLE_ANALGESIC"), List.of(),
                        List.of("TRIPTAN")))
                .body("[0].windowEnd", org.hamcrest.Matchers.equalTo(first.plusDays(27).toString()));
        Api.asPatient(patient).get(history).then().statusCode(403);
    }
}
