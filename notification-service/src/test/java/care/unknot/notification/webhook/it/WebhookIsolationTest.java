package care.unknot.notification.webhook.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import care.unknot.events.EventTypes;
import care.unknot.kit.time.MutableClock;
import care.unknot.notification.webhook.config.WebhookConfig;
import care.unknot.notification.webhook.domain.TargetGuard;
import care.unknot.notification.webhook.service.DeliveryRecorder;
import care.unknot.notification.webhook.service.WebhookAttempt;
import care.unknot.notification.webhook.service.WebhookDispatcher;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/** A hanging endpoint holds only its own senders; two dispatchers (replicas) deliver each delivery once. */
@QuarkusTest
class WebhookIsolationTest {

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    DeliveryRecorder recorder;

    @Inject
    WebhookAttempt attempt;

    @Inject
    TargetGuard guard;

    @Inject
    WebhookConfig config;

    @Inject
    MutableClock clock;

    @Inject
    Deliveries deliveries;

    private record Endpoint(String partnerId, String path, Partners.Created subscription) {
        String base() {
            return "/api/v1/partners/" + partnerId + "/webhooks/" + subscription.id();
        }
    }

    private static Endpoint endpoint(com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder answer) {
        String partnerId = Partners.newPartnerId();
        String path = "/isolation/" + UUID.randomUUID();
        Partners.receiver().stubFor(post(urlPathEqualTo(path)).willReturn(answer));
        return new Endpoint(partnerId, path, Partners.subscribe(partnerId, Partners.endpoint(path),
                List.of(EventTypes.PLAN_ACTIVATED)));
    }

    @Test
    void aHangingEndpointDoesNotDelayAnotherEndpointsDeliveries() {
        Endpoint hanging = endpoint(aResponse().withStatus(200).withFixedDelay(30_000));
        Endpoint healthy = endpoint(aResponse().withStatus(204));
        // more deliveries due first for the hanging endpoint than the instance has senders
        for (int i = 0; i < config.concurrency() + 4; i++) {
            deliveries.pending(hanging.subscription().id());
        }
        clock.advance(Duration.ofSeconds(1));
        List<UUID> healthyIds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            healthyIds.add(deliveries.pending(healthy.subscription().id()));
        }
        List<CompletableFuture<Void>> started = new ArrayList<>();

        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50)).until(() -> {
                started.addAll(dispatcher.tick());
                return statuses(healthy).values().stream().allMatch("SUCCEEDED"::equals);
            });

            assertThat(statuses(healthy)).containsOnlyKeys(healthyIds.stream().map(UUID::toString).toList());
            assertThat(attempts(hanging)).as("no attempt of the hanging endpoint has ended yet").containsOnly(0);
            assertThat(received(hanging)).hasSizeLessThanOrEqualTo(config.perEndpointConcurrency());
            CompletableFuture.allOf(started.toArray(CompletableFuture[]::new)).join();
            assertThat(attempts(hanging)).contains(1);
        } finally {
            String etag = Partners.partner(hanging.partnerId()).get(hanging.base()).then().extract().header("ETag");
            Partners.partner(hanging.partnerId()).header("If-Match", etag).body(Map.of("url",
                    Partners.endpoint(hanging.path()), "eventTypes", List.of(EventTypes.PLAN_ACTIVATED),
                    "active", false)).put(hanging.base()).then().statusCode(200);
        }
    }

    @Test
    void twoDispatchersDeliverEveryDeliveryExactlyOnce() throws Exception {
        List<Endpoint> endpoints = List.of(endpoint(aResponse().withStatus(204)),
                endpoint(aResponse().withStatus(204)), endpoint(aResponse().withStatus(204)));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ids.add(deliveries.pending(endpoints.get(i % 3).subscription().id()).toString());
        }
        WebhookDispatcher replica = new WebhookDispatcher(recorder, attempt, guard, config);
        CountDownLatch start = new CountDownLatch(1);

        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (WebhookDispatcher d : List.of(dispatcher, replica)) {
            runs.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                d.runUntilIdle();
            }));
        }
        start.countDown();
        CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get();

        List<String> webhookIds = endpoints.stream().flatMap(e -> received(e).stream())
                .map(r -> r.getHeader("webhook-id")).toList();
        assertThat(webhookIds).hasSize(150).containsExactlyInAnyOrderElementsOf(ids);
    }

    private static List<LoggedRequest> received(Endpoint endpoint) {
        return Partners.receiver().findAll(postRequestedFor(urlPathEqualTo(endpoint.path())));
    }

    private static List<Map<String, Object>> log(Endpoint endpoint) {
        return Partners.partner(endpoint.partnerId()).get(endpoint.base() + "/deliveries?limit=100").then()
                .statusCode(200).extract().path("items");
    }

    private static Map<String, String> statuses(Endpoint endpoint) {
        return log(endpoint).stream().collect(Collectors.toMap(d -> (String) d.get("id"),
                d -> (String) d.get("status")));
    }

    private static List<Integer> attempts(Endpoint endpoint) {
        return log(endpoint).stream().map(d -> (Integer) d.get("attempts")).toList();
    }
}
