package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.unknot.events.notification.Channel;
import care.unknot.events.notification.NotificationSentV1;
import care.unknot.kit.Sql;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;

/** {@link Outbox#appendAll} and {@link Outbox#lockAll}: a batch of several aggregates' events in one statement. */
@QuarkusTest
class OutboxAppendAllTest {

    private static final String ADVISORY_WAITERS = """
            SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event = 'advisory'""";

    @Inject
    NoteService notes;
    @Inject
    DataSource dataSource;

    private static NotificationSentV1 sent(UUID patient) {
        return new NotificationSentV1(UUID.randomUUID(), patient, Channel.IN_APP, "t", Instant.now());
    }

    @Test
    void eventsOfSeveralAggregatesAreWrittenWithTheirTypeAndKeepTheirOrderPerAggregate() throws Exception {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<UUID> ids = notes.appendBatch(List.of(new OutboxEntry(a.toString(), sent(a)),
                new OutboxEntry(b.toString(), sent(b)), new OutboxEntry(a.toString(), sent(a))));
        assertThat(ids).hasSize(3).doesNotHaveDuplicates();
        assertThat(Sql.column(dataSource, "SELECT id::text FROM outbox_event WHERE aggregateid = ? ORDER BY seq",
                a.toString())).containsExactly(ids.get(0).toString(), ids.get(2).toString());
        assertThat(Sql.column(dataSource, "SELECT type || ' ' || aggregatetype || ' ' || (payload->>'patientId') "
                + "FROM outbox_event WHERE aggregateid = ?", b.toString()))
                .containsExactly("notification.sent Note " + b);
    }

    @Test
    void lockAllMakesAnotherWriterOfOneOfTheAggregatesWait() throws Exception {
        String first = "all-" + UUID.randomUUID();
        String second = "all-" + UUID.randomUUID();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> holder = CompletableFuture.runAsync(() -> notes.lockAllWhile(List.of(second, first),
                () -> {
                    locked.countDown();
                    try {
                        release.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<List<UUID>> writer = CompletableFuture.supplyAsync(() -> notes.appendAll(second,
                    List.of("note.waiting"), List.of(Map.of("n", 1))));
            await().atMost(Duration.ofSeconds(10)).until(() -> Long.parseLong(
                    Sql.column(dataSource, ADVISORY_WAITERS).get(0)) >= 1);
            assertThat(writer).isNotDone();
            release.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertThat(writer.get(10, TimeUnit.SECONDS)).hasSize(1);
        } finally {
            release.countDown();
        }
    }
}
