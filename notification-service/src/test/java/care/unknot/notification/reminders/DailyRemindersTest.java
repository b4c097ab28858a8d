package care.unknot.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.DiaryEntryRecordedV1;
import care.unknot.events.plan.HomeProgramAssignedV1;
import care.unknot.events.plan.HomeProgramFrequency;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Diary and home-program reminders at the preferred local time, skipped when logged, held by quiet hours. */
@QuarkusTest
class DailyRemindersTest {

    @Inject
    MutableClock clock;
    @Inject
    DispatchJob dispatch;
    @Inject
    ReminderProbe probe;

    private Upstream upstream;

    @BeforeEach
    void setUp() {
        upstream = new Upstream(probe);
    }

    private List<Instant> pendingDiary(UUID patient) {
        return probe.pending(patient, "DIARY").stream().map(ReminderProbe.ReminderRow::dueAt).toList();
    }

    @Test
    void diaryReminderAtEightInTheEveningInEachPatientsZone() {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        UUID berlin = UUID.randomUUID();
        UUID losAngeles = UUID.randomUUID();
        upstream.registered(berlin, "Europe/Berlin", "de-DE", null, null);
        upstream.registered(losAngeles, "America/Los_Angeles", "en-US", null, null);
        assertThat(pendingDiary(berlin)).containsExactly(Instant.parse("2026-03-10T19:00:00Z"));
        assertThat(pendingDiary(losAngeles)).containsExactly(Instant.parse("2026-03-11T03:00:00Z")); // PDT

        clock.set(Instant.parse("2026-03-10T19:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(berlin)).singleElement()
                .satisfies(d -> assertThat(d.title()).isEqualTo("Wie war Ihr Tag?"));
        assertThat(probe.deliveries(losAngeles)).isEmpty();
        assertThat(pendingDiary(berlin)).containsExactly(Instant.parse("2026-03-11T19:00:00Z"));
    }

    @Test
    void theNextDiaryReminderFollowsTheDstChange() {
        clock.set(Instant.parse("2026-03-28T12:00:00Z"));
        UUID patient = UUID.randomUUID();
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
        assertThat(pendingDiary(patient)).containsExactly(Instant.parse("2026-03-28T19:00:00Z"));
        clock.set(Instant.parse("2026-03-28T19:00:05Z"));
        dispatch.runOnce();
        assertThat(pendingDiary(patient)).containsExactly(Instant.parse("2026-03-29T18:00:00Z")); // 20:00 CEST
    }

    @Test
    void aLoggedDaySkipsItsDiaryReminder() {
        clock.set(Instant.parse("2026-03-12T12:00:00Z"));
        UUID patient = UUID.randomUUID();
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
        upstream.send(Topics.DIARY, EventTypes.DIARY_ENTRY_RECORDED, patient, new DiaryEntryRecordedV1(patient,
                LocalDate.parse("2026-03-12"), false, false, false, false, List.of(), false, Instant.now()));
        clock.set(Instant.parse("2026-03-12T19:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).isEmpty();
        assertThat(probe.reminders(patient)).extracting(ReminderProbe.ReminderRow::status)
                .containsExactly("SKIPPED", "PENDING");
    }

    @Test
    void aDiaryReminderForADayLongGoneIsDroppedAndTheNextOneIsAhead() {
        clock.set(Instant.parse("2026-03-16T12:00:00Z"));
        UUID patient = UUID.randomUUID();
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
        clock.set(Instant.parse("2026-03-19T12:00:00Z")); // the dispatcher was down for three days
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).isEmpty();
        assertThat(probe.reminders(patient)).extracting(r -> r.status() + "/" + r.withdrawnReason())
                .containsExactly("WITHDRAWN/EXPIRED", "PENDING/null");
        assertThat(pendingDiary(patient)).containsExactly(Instant.parse("2026-03-19T19:00:00Z"));
    }

    @Test
    void aReminderInQuietHoursIsHeldUntilTheyEnd() {
        clock.set(Instant.parse("2026-03-12T12:00:00Z"));
        UUID patient = UUID.randomUUID();
        upstream.registered(patient, "Europe/Berlin", "en", LocalTime.of(7, 0), null); // quiet until 08:00
        assertThat(pendingDiary(patient)).containsExactly(Instant.parse("2026-03-13T06:00:00Z"));
        clock.set(Instant.parse("2026-03-13T06:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).isEmpty();
        assertThat(pendingDiary(patient)).containsExactly(Instant.parse("2026-03-13T07:00:00Z")); // 08:00 CET
        clock.set(Instant.parse("2026-03-13T06:59:59Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).isEmpty();
        clock.set(Instant.parse("2026-03-13T07:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).hasSize(1);
    }

    @Test
    void homeProgramRemindersOnPrescribedDaysSkippedWhenExercisesAreRecorded() {
        clock.set(Instant.parse("2026-03-14T06:00:00Z"));
        UUID patient = UUID.randomUUID();
        upstream.registered(patient, "Europe/Berlin", "en", null, LocalTime.of(18, 0));
        upstream.send(Topics.PLAN, EventTypes.HOME_PROGRAM_ASSIGNED, patient, new HomeProgramAssignedV1(
                UUID.randomUUID(), UUID.randomUUID(), patient, LocalDate.parse("2026-03-13"),
                HomeProgramFrequency.EVERY_OTHER_DAY, List.of(), Instant.now()));
        // prescribed on the 13th, 15th, 17th ...: the next is the 15th at 18:00 CET
        assertThat(probe.pending(patient, "HOME_PROGRAM")).extracting(ReminderProbe.ReminderRow::dueAt)
                .containsExactly(Instant.parse("2026-03-15T17:00:00Z"));
        upstream.send(Topics.DIARY, EventTypes.DIARY_ENTRY_RECORDED, patient, new DiaryEntryRecordedV1(patient,
                LocalDate.parse("2026-03-15"), false, false, false, false, List.of(), true, Instant.now()));
        clock.set(Instant.parse("2026-03-15T17:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).noneMatch(d -> d.template().equals("home-program-reminder"));
        assertThat(probe.pending(patient, "HOME_PROGRAM")).extracting(ReminderProbe.ReminderRow::dueAt)
                .containsExactly(Instant.parse("2026-03-17T17:00:00Z"));
        clock.set(Instant.parse("2026-03-17T17:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.template().equals("home-program-reminder"))
                .hasSize(1);
    }
}
