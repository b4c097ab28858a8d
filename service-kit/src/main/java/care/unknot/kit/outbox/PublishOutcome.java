package care.unknot.kit.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
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
    private final List<Refusal<E>> refused;

    private PublishOutcome(List<E> acked, List<E> failed, List<Refusal<E>> refused) {
        this.acked = acked;
        this.failed = failed;
        this.refused = refused;
    }

    /** An event handed to the producer that was refused or not acknowledged in time, and why (no payload). */
    public record Refusal<E>(E event, String reason) {
    }

    public static <E> PublishOutcome<E> publish(List<E> batch, Function<E, String> keyOf,
            Function<E, CompletableFuture<Void>> send, Duration timeout) {
        return publish(batch, keyOf, send, timeout, timeout);
    }

    /**
     * As {@link #publish(List, Function, Function, Duration)}, but an event is handed to the producer only within
     * {@code sendWindow} of the start: with a window of {@code timeout} minus the producer's
     * {@code delivery.timeout.ms}, every record handed over is acknowledged or failed by the producer before the
     * wait ends, so none the relay counted as failed reaches the broker later.
     */
    public static <E> PublishOutcome<E> publish(List<E> batch, Function<E, String> keyOf,
            Function<E, CompletableFuture<Void>> send, Duration timeout, Duration sendWindow) {
        AtomicBoolean over = new AtomicBoolean();
        long sendDeadline = System.nanoTime() + sendWindow.toNanos();
        Map<E, Boolean> handedOver = new ConcurrentHashMap<>();
        Function<E, CompletableFuture<Void>> tracked = event -> {
            if (System.nanoTime() - sendDeadline > 0) {
                return CompletableFuture.failedFuture(new IllegalStateException("send window is over"));
            }
            handedOver.put(event, Boolean.TRUE);
            return send.apply(event);
        };
        Map<String, CompletableFuture<Void>> lastOfKey = new LinkedHashMap<>();
        Map<E, CompletableFuture<Void>> futures = new LinkedHashMap<>();
        for (E event : batch) {
            CompletableFuture<Void> previous = lastOfKey.get(keyOf.apply(event));
            CompletableFuture<Void> future = previous == null ? sendNow(event, tracked, over)
                    // async: not on the producer's callback thread, which a send must never block
                    : previous.thenComposeAsync(ignored -> sendNow(event, tracked, over));
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
        List<Refusal<E>> refused = new ArrayList<>();
        Set<String> brokenKeys = new HashSet<>();
        futures.forEach((event, future) -> {
            String key = keyOf.apply(event);
            boolean ok = future.isDone() && !future.isCompletedExceptionally() && !brokenKeys.contains(key);
            if (ok) {
                acked.add(event);
            } else {
                if (!brokenKeys.contains(key) && handedOver.containsKey(event)) {
                    refused.add(new Refusal<>(event, reason(future, timeout)));
                }
                brokenKeys.add(key);
                failed.add(event);
            }
        });
        return new PublishOutcome<>(acked, failed, refused);
    }

    private static String reason(CompletableFuture<Void> future, Duration timeout) {
        if (!future.isDone()) {
            return "no acknowledgement within " + timeout;
        }
        try {
            future.join();
            return "not acknowledged";
        } catch (CompletionException | CancellationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            // class and message of the producer's exception: they name the topic and limits, never the value
            return cause.getClass().getSimpleName() + ": " + cause.getMessage();
        }
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

    /** Every event not acknowledged: the refused ones and those behind them in their key. */
    public List<E> failed() {
        return failed;
    }

    /**
     * The events that were handed to the producer and refused (or not acknowledged in time): of each failed key
     * its first failed event, if it was sent at all. The rest of {@link #failed()} was never handed over.
     */
    public List<Refusal<E>> refused() {
        return refused;
    }
}
