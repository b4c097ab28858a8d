package care.unknot.kit.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

class PublishOutcomeTest {

    private record Event(String key, int n) {
    }

    @Test
    void aLaterEventOfAKeyIsNotSentWhileItsPredecessorIsUnacknowledgedAndNotAtAllWhenItFails() {
        List<Event> sent = new CopyOnWriteArrayList<>();
        Map<Event, CompletableFuture<Void>> pending = new ConcurrentHashMap<>();
        Event a1 = new Event("a", 1);
        Event a2 = new Event("a", 2);
        Event b1 = new Event("b", 1);
        CompletableFuture<PublishOutcome<Event>> outcome = CompletableFuture.supplyAsync(() -> PublishOutcome.publish(
                List.of(a1, b1, a2), Event::key, event -> {
                    sent.add(event);
                    CompletableFuture<Void> ack = new CompletableFuture<>();
                    pending.put(event, ack);
                    return ack;
                }, Duration.ofSeconds(10)));
        org.awaitility.Awaitility.await().until(() -> sent.size() == 2);
        assertThat(sent).containsExactlyInAnyOrder(a1, b1); // a2 waits for a1's ack
        pending.get(b1).complete(null);
        pending.get(a1).completeExceptionally(new IllegalStateException("record refused"));

        PublishOutcome<Event> result = outcome.join();
        assertThat(sent).containsExactlyInAnyOrder(a1, b1); // a2 never reached the broker ahead of a1
        assertThat(result.acked()).containsExactly(b1);
        assertThat(result.failed()).containsExactly(a1, a2);
    }

    @Test
    void eventsOfOneKeyAreSentInOrderEachAfterTheAckOfThePrevious() {
        List<Event> sent = new CopyOnWriteArrayList<>();
        List<Event> batch = List.of(new Event("a", 1), new Event("a", 2), new Event("a", 3), new Event("b", 1));
        PublishOutcome<Event> result = PublishOutcome.publish(batch, Event::key, event -> {
            sent.add(event);
            return CompletableFuture.runAsync(() -> {
            });
        }, Duration.ofSeconds(10));
        assertThat(result.acked()).containsExactlyElementsOf(batch);
        assertThat(sent.stream().filter(e -> e.key().equals("a")).map(Event::n)).containsExactly(1, 2, 3);
    }

    @Test
    void nothingIsSentAfterTheWaitIsOver() throws Exception {
        List<Event> sent = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> lateAck = new CompletableFuture<>();
        PublishOutcome<Event> result = PublishOutcome.publish(List.of(new Event("a", 1), new Event("a", 2)),
                Event::key, event -> {
                    sent.add(event);
                    return lateAck;
                }, Duration.ofMillis(100));
        lateAck.complete(null);
        assertThat(sent).containsExactly(new Event("a", 1));
        assertThat(result.failed()).hasSize(2);
    }
}
