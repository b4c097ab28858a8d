package care.unknot.notification.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.plan.SessionCancelledV1;
import care.unknot.events.plan.SessionRescheduledV1;
import care.unknot.events.plan.SessionScheduledV1;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Session reminders 24 h and 2 h before, moved on reschedule, withdrawn on cancel (domain.md 4). */
@QuarkusTest
class SessionRemindersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    MutableClock clock;
    @Inject
    DispatchJob dispatch;
    @Inject
    ReminderProbe probe;

    private Upstream upstream;
    private final UUID patient = UUID.randomUUID();
    private final UUID session = UUID.randomUUID();

    @BeforeEach
    void setUp() {
        upstream = new Upstream(probe);
        clock.set(Instant.parse("2026-03-20T12:00:00Z"));
        upstream.registered(patient, "Europe/Berlin", "en", null, null);
    }

    private SessionScheduledV1 scheduled(OffsetDateTime startsAt) {
        return new SessionScheduledV1(session, UUID.randomUUID(), patient, UUID.randomUUID(), 1, startsAt, 45,
                BERLIN);
    }

    @Test
    void remindersAre24And2HoursBeforeTheStartAcrossTheDstChange() {
        // Sunday 2026-03-29 10:00 CEST (+02:00); the day before was still CET (+01:00)
        upstream.send(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient,
                scheduled(OffsetDateTime.parse("2026-03-29T10:00:00+02:00")));
        assertThat(probe.pending(patient, "SESSION")).extracting(ReminderProbe.ReminderRow::dueAt)
                .containsExactly(Instant.parse("2026-03-28T08:00:00Z"), Instant.parse("2026-03-29T06:00:00Z"));
        assertThat(probe.pending(patient, "SESSION")).extracting(ReminderProbe.ReminderRow::template)
                .containsExactly("session-reminder-24h", "session-reminder-2h");
    }

    @Test
    void theSameEventTwiceSchedulesOneReminderPerLeadTime() {
        var event = scheduled(OffsetDateTime.parse("2026-03-25T15:00:00+01:00"));
        String id = UUID.randomUUID().toString();
        Instant time = Instant.now();
        Upstream.sendWithId(Topics.PLAN, id, EventTypes.SESSION_SCHEDULED, patient, event, time);
        Upstream.sendWithId(Topics.PLAN, id, EventTypes.SESSION_SCHEDULED, patient, event, time);
        upstream.send(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient, event); // same fact, another event id
        assertThat(probe.reminders(patient)).filteredOn(r -> r.kind().equals("SESSION")).hasSize(2)
                .allMatch(r -> r.status().equals("PENDING"));
    }

    @Test
    void aRescheduleWithdrawsTheOldRemindersAndSchedulesNewOnes() {
        upstream.send(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient,
                scheduled(OffsetDateTime.parse("2026-03-25T15:00:00+01:00")));
        upstream.send(Topics.PLAN, EventTypes.SESSION_RESCHEDULED, patient, new SessionRescheduledV1(session,
                UUID.randomUUID(), patient, UUID.randomUUID(), 1, OffsetDateTime.parse("2026-03-25T15:00:00+01:00"),
                OffsetDateTime.parse("2026-03-26T09:00:00+01:00"), 45, BERLIN));
        assertThat(probe.pending(patient, "SESSION")).extracting(ReminderProbe.ReminderRow::dueAt)
                .containsExactly(Instant.parse("2026-03-25T08:00:00Z"), Instant.parse("2026-03-26T06:00:00Z"));
        assertThat(probe.reminders(patient)).filteredOn(r -> r.status().equals("WITHDRAWN")).hasSize(2);
    }

    @Test
    void aCancelledSessionsRemindersAreNeverSentAndALateScheduleDoesNotReviveThem() {
        var event = scheduled(OffsetDateTime.parse("2026-03-25T15:00:00+01:00"));
        Instant scheduledAt = Instant.now();
        String scheduleId = UUID.randomUUID().toString();
        Upstream.sendWithId(Topics.PLAN, scheduleId, EventTypes.SESSION_SCHEDULED, patient, event, scheduledAt);
        upstream.awaitProcessed(Topics.PLAN, scheduleId);
        upstream.send(Topics.PLAN, EventTypes.SESSION_CANCELLED, patient, new SessionCancelledV1(session,
                UUID.randomUUID(), patient, 1, event.startsAt(), BERLIN, Instant.now()));
        // the schedule published again (another id, its original time) after the cancel
        String lateId = UUID.randomUUID().toString();
        Upstream.sendWithId(Topics.PLAN, lateId, EventTypes.SESSION_SCHEDULED, patient, event, scheduledAt);
        upstream.awaitProcessed(Topics.PLAN, lateId);

        clock.set(Instant.parse("2026-03-25T13:30:00Z")); // past both due times, before the start
        dispatch.runOnce();
        assertThat(probe.pending(patient, "SESSION")).isEmpty();
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.template().startsWith("session")).isEmpty();
    }

    @Test
    void aDueSessionReminderReachesTheInboxAndPublishesNotificationSent() {
        upstream.send(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient,
                scheduled(OffsetDateTime.parse("2026-03-25T15:00:00+01:00")));
        clock.set(Instant.parse("2026-03-24T14:00:00Z")); // 24 h before
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.template().startsWith("session")).singleElement()
                .satisfies(d -> {
            assertThat(d.channel()).isEqualTo("IN_APP");
            assertThat(d.status()).isEqualTo("SENT");
            assertThat(d.template()).isEqualTo("session-reminder-24h");
            assertThat(d.body()).contains("3:00 PM"); // English, the patient's zone (CET)
        });
        assertThat(probe.outboxTypes(patient)).containsOnly(EventTypes.NOTIFICATION_SENT);
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.template().startsWith("session")).hasSize(1);
    }
}
