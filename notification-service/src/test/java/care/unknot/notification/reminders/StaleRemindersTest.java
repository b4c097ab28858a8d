package care.unknot.notification.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.events.Topics;
import care.unknot.events.diary.DiaryGapDetectedV1;
import care.unknot.events.plan.SessionScheduledV1;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DispatchJob;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A reminder whose moment passed (clock jump, downtime, quiet hours) is withdrawn with the reason, never sent late. */
@QuarkusTest
class StaleRemindersTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String SMS_PATH = ProviderTestResources.SMS_PATH;

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

    private void scheduleSession(String startsAt) {
        upstream.send(Topics.PLAN, EventTypes.SESSION_SCHEDULED, patient, new SessionScheduledV1(session,
                UUID.randomUUID(), patient, UUID.randomUUID(), 1, OffsetDateTime.parse(startsAt), 45, BERLIN));
    }

    @Test
    void oneClockJumpPastTheSessionStartWithdrawsBothRemindersAsExpiredAndSendsNothing() {
        scheduleSession("2026-03-25T15:00:00+01:00");
        clock.set(Instant.parse("2026-03-25T14:30:00Z")); // one jump: both due times and the start passed
        dispatch.runOnce();

        assertThat(probe.deliveries(patient)).filteredOn(d -> d.template().startsWith("session")).isEmpty();
        assertThat(probe.reminders(patient)).filteredOn(r -> r.kind().equals("SESSION"))
                .extracting(r -> r.template() + "/" + r.status() + "/" + r.withdrawnReason())
                .containsExactly("session-reminder-24h/WITHDRAWN/EXPIRED", "session-reminder-2h/WITHDRAWN/EXPIRED");
    }

    @Test
    void anSmsWaitingForARetryWhenTheSessionStartsIsWithdrawnNotSentLate() {
        String phone = "+4930" + (1000000 + (int) (Math.random() * 8999999));
        Api.consent(patient, "SMS", phone);
        ProviderTestResources.providers().stubFor(post(urlEqualTo(SMS_PATH))
                .withRequestBody(containing(phone.substring(1))).willReturn(aResponse().withStatus(503)));
        scheduleSession("2026-03-25T15:00:00+01:00");
        clock.set(Instant.parse("2026-03-25T12:00:00Z")); // both reminders due, the session still ahead
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.channel().equals("SMS"))
                .allSatisfy(d -> assertThat(d.status()).isEqualTo("PENDING")).isNotEmpty();
        int attempts = ProviderTestResources.providers().findAll(postRequestedFor(urlEqualTo(SMS_PATH))
                .withRequestBody(containing(phone.substring(1)))).size();

        clock.set(Instant.parse("2026-03-25T14:00:00Z")); // the session starts; the retries are due
        dispatch.runOnce();
        assertThat(ProviderTestResources.providers().findAll(postRequestedFor(urlEqualTo(SMS_PATH))
                .withRequestBody(containing(phone.substring(1))))).hasSize(attempts);
        assertThat(probe.deliveries(patient)).filteredOn(d -> d.channel().equals("SMS")).isNotEmpty()
                .allSatisfy(d -> {
                    assertThat(d.status()).isEqualTo("WITHDRAWN");
                    assertThat(d.failureReason()).isEqualTo("EXPIRED");
                });
    }

    @Test
    void aDiaryReminderHeldByQuietHoursPastTheEndOfItsDayIsWithdrawnAndTheNextOneIsAhead() {
        clock.set(Instant.parse("2026-03-20T21:00:00Z")); // 22:00 in Berlin: 20:00 passed, quiet until 08:00 tomorrow
        dispatch.runOnce();

        assertThat(probe.deliveries(patient)).isEmpty();
        assertThat(probe.reminders(patient)).filteredOn(r -> r.kind().equals("DIARY"))
                .extracting(r -> r.dueAt() + "/" + r.status() + "/" + r.withdrawnReason())
                .containsExactly("2026-03-20T19:00:00Z/WITHDRAWN/EXPIRED", "2026-03-21T19:00:00Z/PENDING/null");
    }

    @Test
    void aGapReminderHeldOvernightIsSentButNotAfterItsExpiry() {
        clock.set(Instant.parse("2026-03-20T22:00:00Z")); // 23:00 in Berlin, quiet hours
        upstream.send(Topics.DIARY, EventTypes.DIARY_GAP_DETECTED, patient, new DiaryGapDetectedV1(patient,
                LocalDate.parse("2026-03-17"), LocalDate.parse("2026-03-19"), Instant.now()));
        dispatch.runOnce(); // held until 08:00, within its 24 h
        clock.set(Instant.parse("2026-03-21T07:00:00Z"));
        dispatch.runOnce();
        assertThat(probe.deliveries(patient)).extracting(ReminderProbe.DeliveryRow::template)
                .contains("diary-gap-reminder");

        UUID third = UUID.randomUUID();
        upstream.registered(third, "Europe/Berlin", "en", null, null);
        clock.set(Instant.parse("2026-03-21T22:00:00Z"));
        upstream.send(Topics.DIARY, EventTypes.DIARY_GAP_DETECTED, third, new DiaryGapDetectedV1(third,
                LocalDate.parse("2026-03-18"), LocalDate.parse("2026-03-20"), Instant.now()));
        clock.set(Instant.parse("2026-03-23T09:00:00Z")); // the dispatcher was down for a day and a half
        dispatch.runOnce();
        assertThat(probe.deliveries(third)).noneMatch(d -> d.template().equals("diary-gap-reminder"));
        assertThat(probe.reminders(third)).filteredOn(r -> r.kind().equals("DIARY_GAP"))
                .extracting(r -> r.status() + "/" + r.withdrawnReason()).containsExactly("WITHDRAWN/EXPIRED");
    }
}
