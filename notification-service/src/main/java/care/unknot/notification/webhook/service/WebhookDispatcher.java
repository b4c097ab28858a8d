package care.unknot.notification.webhook.service;

import care.unknot.notification.webhook.config.WebhookConfig;
import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.domain.TargetGuard;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Delivers due webhooks. A round claims due deliveries ({@code FOR UPDATE SKIP LOCKED} on the indexed due time, so
 * replicas never take the same one and a round costs what is due) and hands each to a bounded pool of senders.
 * Isolation: at most {@code per-endpoint-concurrency} attempts per endpoint are in flight on an instance, and an
 * endpoint with none free is left out of the claim, so a hanging endpoint holds only its own permits (each for at
 * most the timeout) and never the other endpoints' deliveries.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryRecorder recorder;
    private final WebhookAttempt attempt;
    private final TargetGuard guard;
    private final WebhookConfig config;
    private final Semaphore inFlight;
    private final Map<UUID, Semaphore> perEndpoint = new ConcurrentHashMap<>();
    private final ExecutorService senders;

    public WebhookDispatcher(DeliveryRecorder recorder, WebhookAttempt attempt, TargetGuard guard,
            WebhookConfig config) {
        this.recorder = recorder;
        this.attempt = attempt;
        this.guard = guard;
        this.config = config;
        this.inFlight = new Semaphore(config.concurrency());
        this.senders = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(every = "${unknot.webhooks.poll-interval}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        tick();
    }

    /** One round: the attempts it started (each future completes once its outcome is recorded). */
    public synchronized List<CompletableFuture<Void>> tick() {
        int free = Math.min(inFlight.availablePermits(), config.batchSize());
        if (free == 0) {
            return List.of();
        }
        Set<UUID> saturated = perEndpoint.entrySet().stream().filter(e -> e.getValue().availablePermits() == 0)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        List<CompletableFuture<Void>> started = new ArrayList<>();
        for (Delivery delivery : recorder.claim(saturated, free)) {
            Semaphore endpoint = perEndpoint.computeIfAbsent(delivery.subscriptionId(),
                    id -> new Semaphore(config.perEndpointConcurrency()));
            if (!endpoint.tryAcquire()) {
                recorder.release(delivery);
                continue;
            }
            inFlight.acquireUninterruptibly();
            started.add(CompletableFuture.runAsync(() -> send(delivery), senders).whenComplete((done, failure) -> {
                endpoint.release();
                inFlight.release();
            }));
        }
        return started;
    }

    /** Rounds until nothing is due now, waiting for every attempt (tests drive the dispatcher with this). */
    public void runUntilIdle() {
        List<CompletableFuture<Void>> round;
        do {
            round = tick();
            CompletableFuture.allOf(round.toArray(CompletableFuture[]::new)).join();
        } while (!round.isEmpty());
    }

    private void send(Delivery delivery) {
        try {
            Optional<Subscription> subscription = recorder.subscription(delivery.subscriptionId());
            if (subscription.isEmpty() || !subscription.get().active()) {
                recorder.endpointInactive(delivery);
                return;
            }
            Optional<String> refused = guard.refusal(subscription.get().url());
            if (refused.isPresent()) {
                recorder.failed(delivery, null, "target refused: URL " + refused.get(), Optional.empty());
                return;
            }
            WebhookAttempt.Outcome outcome = attempt.post(subscription.get(), delivery);
            if (outcome.succeeded()) {
                recorder.succeeded(delivery, outcome.statusCode());
            } else {
                recorder.failed(delivery, outcome.statusCode(), outcome.error(), outcome.retryAfter());
            }
        } catch (RuntimeException e) {
            // the lease runs out and another round tries again
            LOG.errorf("webhook delivery %s: attempt not recorded (%s)", delivery.id(), e.getClass().getName());
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
