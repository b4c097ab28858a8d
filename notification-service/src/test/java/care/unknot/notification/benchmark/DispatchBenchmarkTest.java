package care.unknot.notification.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.kit.outbox.OutboxRelay;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.service.DeliveryDispatcher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Two dispatchers (two competing workers, as two replicas would be: they share nothing but the database) over
 * 100,000 due in-app messages of 1,000 patients: each is sent exactly once, with exactly one notification.sent in
 * the outbox. Prints the elapsed time; run with
 * {@code ./mvnw -B -pl notification-service -am verify -DexcludedTestGroups=none -Dgroups=benchmark
 * -Dtest=DispatchBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true}.
 */
@QuarkusTest
@Tag("benchmark")
class DispatchBenchmarkTest {

    private static final int MESSAGES = 100_000;
    private static final int PATIENTS = 1_000;

    @Inject
    DeliveryDispatcher dispatcher;
    @Inject
    AgroalDataSource db;
    @Inject
    MutableClock clock;
    @Inject
    OutboxRelay relay;

    @Test
    void twoDispatchersSendEachOf100000DueMessagesExactlyOnce() throws Exception {
        clock.set(Instant.parse("2026-04-01T12:00:00Z"));
        relay.pause(); // the relay publishing 100,000 events meanwhile would measure the broker, not the dispatch
        String run = "bench-" + System.nanoTime();
        execute("""
                INSERT INTO reminder (id, patient_id, kind, template, dedupe_key, urgent, due_at, status, created_at)
                SELECT gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(mod(g, %d)::text, 12, '0'))::uuid,
                    'DIARY_GAP', 'diary-gap-reminder', '%s:' || g, false, now(), 'RELEASED', now()
                FROM generate_series(1, %d) g""".formatted(PATIENTS, run, MESSAGES));
        execute("""
                INSERT INTO delivery (id, reminder_id, patient_id, recipient, recipient_id, channel, template, title,
                    body, urgent, status, next_attempt_at, created_at)
                SELECT gen_random_uuid(), r.id, r.patient_id, 'PATIENT', r.patient_id::text, 'IN_APP', r.template,
                    'We miss your diary entries', 'Your diary has no entries for a few days.', false, 'PENDING',
                    '2026-04-01T11:00:00Z', now()
                FROM reminder r WHERE r.dedupe_key LIKE '%s:%%'""".formatted(run));
        execute("ANALYZE delivery");

        ExecutorService dispatchers = Executors.newFixedThreadPool(2);
        long start = System.nanoTime();
        List<Future<Integer>> claimed = new ArrayList<>();
        Callable<Integer> worker = () -> {
            int total = 0;
            for (int n = dispatcher.dispatchBatch(); n > 0; n = dispatcher.dispatchBatch()) {
                total += n;
            }
            return total;
        };
        claimed.add(dispatchers.submit(worker));
        claimed.add(dispatchers.submit(worker));
        int first = claimed.get(0).get();
        int second = claimed.get(1).get();
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        dispatchers.shutdown();

        long sent = count("SELECT count(*) FROM delivery d JOIN reminder r ON r.id = d.reminder_id "
                + "WHERE r.dedupe_key LIKE '" + run + ":%' AND d.status = 'SENT'");
        long events = count("SELECT count(*) FROM outbox_event o JOIN delivery d ON d.id = (o.payload->>'notificationId')::uuid "
                + "JOIN reminder r ON r.id = d.reminder_id WHERE r.dedupe_key LIKE '" + run + ":%' "
                + "AND o.type = 'notification.sent'");
        long distinctEvents = count("SELECT count(DISTINCT o.payload->>'notificationId') FROM outbox_event o "
                + "JOIN delivery d ON d.id = (o.payload->>'notificationId')::uuid JOIN reminder r ON r.id = d.reminder_id "
                + "WHERE r.dedupe_key LIKE '" + run + ":%' AND o.type = 'notification.sent'");
        System.out.printf("DispatchBenchmark: %,d due in-app messages, two dispatchers: %,d ms (%,.0f messages/s); "
                + "claimed %,d + %,d; sent %,d; notification.sent events %,d (distinct %,d)%n", MESSAGES, elapsedMs,
                MESSAGES * 1000.0 / Math.max(1, elapsedMs), first, second, sent, events, distinctEvents);

        assertThat(first + second).isEqualTo(MESSAGES);
        assertThat(first).isPositive();
        assertThat(second).isPositive();
        assertThat(sent).isEqualTo(MESSAGES);
        assertThat(events).isEqualTo(MESSAGES);
        assertThat(distinctEvents).isEqualTo(MESSAGES);
        // nobody consumes them in this run: mark them published so a later relay does not send 100,000 events
        execute("UPDATE outbox_event SET sent_at = now() WHERE sent_at IS NULL AND type = 'notification.sent'");
        relay.resume();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
