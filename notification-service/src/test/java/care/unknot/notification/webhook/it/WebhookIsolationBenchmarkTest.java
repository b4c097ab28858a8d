package care.unknot.notification.webhook.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.notification.webhook.service.WebhookDispatcher;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Healthy endpoints' delivery latency (due -> received by the partner) while one endpoint hangs past the timeout with
 * a backlog of its own. Prints figures; run with
 * {@code ./mvnw -B -pl notification-service -am verify -DexcludedTestGroups=none -Dgroups=benchmark
 * -Dtest=WebhookIsolationBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@QuarkusTest
@Tag("benchmark")
class WebhookIsolationBenchmarkTest {

    private static final int HEALTHY_ENDPOINTS = 4;
    private static final int DELIVERIES_PER_SECOND = 50;
    private static final int SECONDS = 20;
    private static final int HANGING_BACKLOG = 200;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Deliveries deliveries;

    @Test
    void healthyEndpointsP99WhileOneHangs() throws Exception {
        String hangingPath = "/bench/hanging/" + UUID.randomUUID();
        Partners.receiver().stubFor(post(urlPathEqualTo(hangingPath))
                .willReturn(aResponse().withStatus(200).withFixedDelay(60_000)));
        Partners.Created hanging = Partners.subscribe(Partners.newPartnerId(), Partners.endpoint(hangingPath),
                List.of(EventTypes.PLAN_ACTIVATED));
        List<String> healthyPaths = new ArrayList<>();
        List<UUID> healthy = new ArrayList<>();
        for (int i = 0; i < HEALTHY_ENDPOINTS; i++) {
            String path = "/bench/healthy/" + UUID.randomUUID();
            Partners.receiver().stubFor(post(urlPathEqualTo(path)).willReturn(aResponse().withStatus(204)));
            healthyPaths.add(path);
            healthy.add(Partners.subscribe(Partners.newPartnerId(), Partners.endpoint(path),
                    List.of(EventTypes.PLAN_ACTIVATED)).id());
        }
        for (int i = 0; i < HANGING_BACKLOG; i++) {
            deliveries.pending(hanging.id());
        }
        Map<String, Long> dueAt = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (running.get()) {
                dispatcher.tick();
                sleep(20);
            }
        }, "benchmark-dispatcher");
        poller.start();

        try {
            long start = System.currentTimeMillis();
            for (int n = 0; n < DELIVERIES_PER_SECOND * SECONDS; n++) {
                long at = System.currentTimeMillis();
                dueAt.put(deliveries.pending(healthy.get(n % HEALTHY_ENDPOINTS)).toString(), at);
                long next = start + (n + 1) * 1000L / DELIVERIES_PER_SECOND;
                sleep(Math.max(0, next - System.currentTimeMillis()));
            }
            long deadline = System.currentTimeMillis() + 60_000;
            while (received(healthyPaths).size() < dueAt.size() && System.currentTimeMillis() < deadline) {
                sleep(100);
            }
        } finally {
            running.set(false);
            poller.join();
        }

        List<Long> latencies = new ArrayList<>();
        for (LoggedRequest request : received(healthyPaths)) {
            Long due = dueAt.get(request.getHeader("webhook-id"));
            if (due != null) {
                latencies.add(request.getLoggedDate().getTime() - due);
            }
        }
        latencies.sort(null);
        System.out.printf("webhook isolation benchmark: %d healthy deliveries over %d endpoints at %d/s while one"
                + " endpoint hangs (backlog %d, timeout 5s): p50 %d ms, p95 %d ms, p99 %d ms, max %d ms%n",
                latencies.size(), HEALTHY_ENDPOINTS, DELIVERIES_PER_SECOND, HANGING_BACKLOG, pct(latencies, 50),
                pct(latencies, 95), pct(latencies, 99), latencies.get(latencies.size() - 1));
        assertThat(latencies).hasSize(dueAt.size());
    }

    private static List<LoggedRequest> received(List<String> paths) {
        List<LoggedRequest> all = new ArrayList<>();
        for (String path : paths) {
            all.addAll(Partners.receiver().findAll(postRequestedFor(urlPathEqualTo(path))));
        }
        return all;
    }

    private static long pct(List<Long> sorted, int percentile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
