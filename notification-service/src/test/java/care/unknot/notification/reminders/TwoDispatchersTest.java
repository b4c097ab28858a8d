package care.unknot.notification.reminders;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DeliveryDispatcher;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers (competing workers sharing only the database, as two replicas) over 3,000 due deliveries on
 * email, SMS and in-app: each leaves exactly once, counted at the SMTP server and the SMS provider fake.
 */
@QuarkusTest
class TwoDispatchersTest {

    private static final int PATIENTS = 1_000;
    private static final String SMS_PATH = "/2010-04-01/Accounts/" + ProviderTestResources.SMS_SID + "/Messages.json";

    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    ReminderProbe probe;
    @Inject
    MutableClock clock;

    @Test
    void eachDueMessageIsSentExactlyOnceByTwoDispatchers() throws Exception {
        clock.set(Instant.parse("2026-04-02T12:00:00Z"));
        String run = String.valueOf(ThreadLocalRandom.current().nextInt(100, 999));
        String domain = "two-" + run + ".example.org";
        // GreenMail can lose a message whose recipient it creates on the fly while other sessions do the same
        // (greenmail-mail-test/greenmail#261): the mailboxes exist before the dispatchers start
        for (int i = 1; i <= PATIENTS; i++) {
            String address = "p%06d@%s".formatted(i, domain);
            ProviderTestResources.smtp().setUser(address, address, "unused");
        }
        ProviderTestResources.providers().stubFor(post(urlEqualTo(SMS_PATH))
                .withRequestBody(containing("To=%2B1999" + run)).willReturn(aResponse().withStatus(201)));
        probe.execute("""
                INSERT INTO reminder_patient (patient_id, time_zone, locale, intake_event_time, preferences_changed_at)
                SELECT ('00000000-0000-4000-9' || ? || '-' || lpad(g::text, 12, '0'))::uuid, 'UTC', 'en', now(), now()
                FROM generate_series(1, ?) g""", run, PATIENTS);
        probe.execute("""
                INSERT INTO reminder_channel (patient_id, channel, consent, address, updated_at)
                SELECT p.patient_id, c.channel, true,
                    CASE c.channel WHEN 'EMAIL' THEN 'p' || right(p.patient_id::text, 6) || '@' || ?
                        ELSE '+1999' || ? || right(p.patient_id::text, 4) END, now()
                FROM reminder_patient p CROSS JOIN (VALUES ('EMAIL'), ('SMS')) c(channel)
                WHERE p.patient_id::text LIKE '00000000-0000-4000-9' || ? || '-%'""", domain, run, run);
        probe.execute("""
                INSERT INTO reminder (id, patient_id, kind, template, dedupe_key, urgent, due_at, status, created_at)
                SELECT gen_random_uuid(), patient_id, 'DIARY_GAP', 'diary-gap-reminder', 'two:' || patient_id, false,
                    now(), 'RELEASED', now()
                FROM reminder_patient WHERE patient_id::text LIKE '00000000-0000-4000-9' || ? || '-%'""", run);
        probe.execute("""
                INSERT INTO delivery (id, reminder_id, patient_id, recipient, recipient_id, channel, template, title,
                    body, urgent, status, next_attempt_at, created_at)
                SELECT gen_random_uuid(), r.id, r.patient_id, 'PATIENT', r.patient_id::text, c.channel, r.template,
                    'We miss your diary entries', 'Your diary has no entries for a few days.', false, 'PENDING',
                    '2026-04-02T11:00:00Z', now()
                FROM reminder r CROSS JOIN (VALUES ('EMAIL'), ('SMS'), ('IN_APP')) c(channel)
                WHERE r.dedupe_key LIKE 'two:00000000-0000-4000-9' || ? || '-%'""", run);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        java.util.concurrent.Callable<Integer> worker = () -> {
            int total = 0;
            for (int n = dispatcher.dispatchBatch(); n > 0; n = dispatcher.dispatchBatch()) {
                total += n;
            }
            return total;
        };
        Future<Integer> first = pool.submit(worker);
        Future<Integer> second = pool.submit(worker);
        int claimed = first.get() + second.get();
        pool.shutdown();

        assertThat(claimed).isEqualTo(3 * PATIENTS);
        // GreenMail stores a message just after it answers the DATA command: wait for the store, not the send
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            long mails = Arrays.stream(ProviderTestResources.smtp().getReceivedMessages()).filter(m -> {
                try {
                    return m.getAllRecipients()[0].toString().endsWith("@" + domain);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).count();
            assertThat(mails).isEqualTo(PATIENTS);
        });
        assertThat(ProviderTestResources.providers().findAll(postRequestedFor(urlEqualTo(SMS_PATH))
                .withRequestBody(containing("To=%2B1999" + run)))).hasSize(PATIENTS);
        assertThat(probe.count("""
                SELECT count(*) FROM delivery WHERE status = 'SENT' AND attempts = 1
                    AND patient_id::text LIKE '00000000-0000-4000-9' || ? || '-%'""", run)).isEqualTo(3L * PATIENTS);
        assertThat(probe.count("""
                SELECT count(DISTINCT payload->>'notificationId') FROM outbox_event WHERE type = 'notification.sent'
                    AND aggregateid LIKE '00000000-0000-4000-9' || ? || '-%'""", run)).isEqualTo(3L * PATIENTS);
    }
}
