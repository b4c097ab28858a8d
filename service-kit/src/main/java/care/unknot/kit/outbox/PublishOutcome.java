package care.unknot.kit.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Publishes a batch (already in per-key order) and waits for the acks, then keeps per key only the acknowledged
 * prefix: a later event of a key whose earlier event failed is not marked sent, so the retry republishes both
 * in order (consumers are idempotent, a duplicate is harmless; a gap is not).
 *
 * <p>Keys are published concurrently, but the events of one key one after another: the next is handed to the
 * producer only once the previous one was acknowledged. Otherwise a later event could reach the broker while
 * an earlier one of its key failed (a record refused on its own, a full buffer) and overtake it for good.
 * Once the wait is over nothing further is sent; what was not acknowledged by then counts as failed.
 */
public final class PublishOutcome<E> {

    private final List<E> acked;
    private final List<E> failed;

    private PublishOutcome(List<E> acked, List<E> failed) {
        this.acked = acked;
        this.failed = failed;
    }

    public static <E> PublishOutcome<E> publish(List<E> batch, Function<E, String> keyOf,
            Function<E, CompletableFuture<Void>> send, Duration timeout) {
        AtomicBoolean over = new AtomicBoolean();
        Map<String, CompletableFuture<Void>> lastOfKey = new LinkedHashMap<>();
        Map<E, CompletableFuture<Void>> futures = new LinkedHashMap<>();
        for (E event : batch) {
            CompletableFuture<Void> previous = lastOfKey.get(keyOf.apply(event));
            CompletableFuture<Void> future = previous == null ? sendNow(event, send, over)
                    // async: not on the producer's callback thread, which a send must never block
                    : previous.thenComposeAsync(ignored -> sendNow(event, send, over));
            lastOfKey.put(keyOf.apply(event), future);
            futures.put(event, future);
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(lastOfKey.values().stream()
                .map(f -> f.exceptionally(t -> null)).toArray(CompletableFuture[]::new));
        try {
            all.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeoutOrFailure) {
            // whatever has not completed by now counts as unacknowledged
        } finally {
            over.set(true);
        }
        List<E> acked = new ArrayList<>();
        List<E> failed = new ArrayList<>();
        Set<String> brokenKeys = new HashSet<>();
        futures.forEach((event, future) -> {
            String key = keyOf.apply(event);
            boolean ok = future.isDone() && !future.isCompletedExceptionally() && !brokenKeys.contains(key);
            if (ok) {
                acked.add(event);
            } else {
                brokenKeys.add(key);
                failed.add(event);
            }
        });
        return new PublishOutcome<>(acked, failed);
    }

    private static <E> CompletableFuture<Void> sendNow(E event, Function<E, CompletableFuture<Void>> send,
            AtomicBoolean over) {
        if (over.get()) {
            return CompletableFuture.failedFuture(new IllegalStateException("publish wait is over"));
        }
        try {
            return send.apply(event);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public List<E> acked() {
        return acked;
    }

    public List<E> failed() {
        return failed;
    }
}
