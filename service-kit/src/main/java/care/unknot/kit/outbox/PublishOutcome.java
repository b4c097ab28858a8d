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
import java.util.function.Function;

/**
 * Publishes a batch (already in per-key order) and waits for the acks, then keeps per key only the acknowledged
 * prefix: a later event of a key whose earlier event failed is not marked sent, so the retry republishes both
 * in order (consumers are idempotent, a duplicate is harmless; a gap is not).
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
        Map<E, CompletableFuture<Void>> futures = new LinkedHashMap<>();
        for (E event : batch) {
            CompletableFuture<Void> future;
            try {
                future = send.apply(event);
            } catch (RuntimeException e) {
                future = CompletableFuture.failedFuture(e);
            }
            futures.put(event, future);
        }
        CompletableFuture<Void> all = CompletableFuture.allOf(futures.values().stream()
                .map(f -> f.exceptionally(t -> null)).toArray(CompletableFuture[]::new));
        try {
            all.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception timeoutOrFailure) {
            // whatever has not completed by now counts as unacknowledged
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

    public List<E> acked() {
        return acked;
    }

    public List<E> failed() {
        return failed;
    }
}
