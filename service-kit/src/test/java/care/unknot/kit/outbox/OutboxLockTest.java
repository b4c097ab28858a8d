package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import care.unknot.kit.Sql;
import care.unknot.kit.testapp.NoteService;
import io.quarkus.test.junit.QuarkusTest;

/** {@link Outbox#lock}: writers of one aggregate run one after another, so outbox order is commit order. */
@QuarkusTest
class OutboxLockTest {

    private static final String ADVISORY_WAITERS = """
            SELECT count(*) FROM pg_stat_activity
             WHERE datname = current_database() AND wait_event = 'advisory'""";

    @Inject
    NoteService notes;
    @Inject
    DataSource dataSource;
    @Inject
    Outbox outbox;

    @Test
    void aSecondWriterOfTheSameAggregateWaitsForTheFirstAndItsEventComesAfter() throws Exception {
        String key = "lock-" + UUID.randomUUID();
        String otherKey = "lock-other-" + UUID.randomUUID();
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<UUID> first = CompletableFuture.supplyAsync(() -> notes.lockedWrite(key, () -> {
            locked.countDown();
            awaitLatch(release);
        }));
        try {
            assertThat(locked.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<List<UUID>> second = CompletableFuture.supplyAsync(() -> notes.appendAll(key,
                    List.of("note.second"), List.of(Map.of("n", 2))));
            await().atMost(Duration.ofSeconds(10)).until(() -> advisoryWaiters() >= 1);
            notes.appendAll(otherKey, List.of("note.free"), List.of(Map.of("n", 1))); // other aggregates go on
            assertThat(second).isNotDone();

            release.countDown();
            UUID firstId = first.get(10, TimeUnit.SECONDS);
            UUID secondId = second.get(10, TimeUnit.SECONDS).get(0);
            assertThat(Sql.column(dataSource, "SELECT id::text FROM outbox_event WHERE aggregateid = ? ORDER BY seq",
                    key)).containsExactly(firstId.toString(), secondId.toString());
        } finally {
            release.countDown();
        }
    }

    @Test
    void lockingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> outbox.lock("Note", "k"))
                .isInstanceOf(jakarta.transaction.TransactionalException.class);
    }

    private long advisoryWaiters() throws Exception {
        return Long.parseLong(Sql.column(dataSource, ADVISORY_WAITERS).get(0));
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
