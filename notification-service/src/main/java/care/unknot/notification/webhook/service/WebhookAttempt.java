package care.unknot.notification.webhook.service;

import care.unknot.notification.webhook.config.WebhookConfig;
import care.unknot.notification.webhook.domain.Delivery;
import care.unknot.notification.webhook.domain.SecretCipher;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.domain.WebhookSigner;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** One signed POST of a delivery to its endpoint, bounded by the timeout; redirects are not followed (SSRF). */
@ApplicationScoped
public class WebhookAttempt {

    /** The statuses whose Retry-After is honoured. */
    static final Set<Integer> RETRY_AFTER_STATUSES = Set.of(429, 502, 504);

    /** @param statusCode absent when no response came (timeout, connection failure) */
    public record Outcome(Integer statusCode, String error, Optional<Duration> retryAfter) {
        public boolean succeeded() {
            return statusCode != null && statusCode >= 200 && statusCode < 300;
        }
    }

    private final SecretCipher cipher;
    private final WebhookConfig config;
    private final Clock clock;
    // webhook-timestamp is checked by the receiver against its own real clock (the reference library allows 5
    // minutes), so it is the wall-clock time of sending, not the service's (settable) business clock.
    private final Clock wallClock = Clock.systemUTC();
    private final HttpClient http;

    public WebhookAttempt(SecretCipher cipher, WebhookConfig config, Clock clock) {
        this.cipher = cipher;
        this.config = config;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(config.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Outcome post(Subscription subscription, Delivery delivery) {
        String webhookId = delivery.id().toString();
        long timestamp = wallClock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(subscription.url()))
                .timeout(config.timeout())
                .header("content-type", "application/json")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature",
                        WebhookSigner.signature(secrets(subscription), webhookId, timestamp, delivery.body()))
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body()))
                .build();
        CompletableFuture<HttpResponse<Void>> exchange = http.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            HttpResponse<Void> response = exchange.get(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
            int status = response.statusCode();
            Optional<Duration> retryAfter = RETRY_AFTER_STATUSES.contains(status)
                    ? response.headers().firstValue("retry-after").flatMap(this::retryAfter) : Optional.empty();
            return new Outcome(status, status >= 200 && status < 300 ? null : "HTTP " + status, retryAfter);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Outcome(null, "timeout after " + config.timeout(), Optional.empty());
        } catch (ExecutionException e) {
            return new Outcome(null, "no response: " + e.getCause().getClass().getSimpleName(), Optional.empty());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "interrupted", Optional.empty());
        }
    }

    /** The current secret, and the previous one while its overlap lasts. */
    private List<String> secrets(Subscription subscription) {
        List<String> secrets = new ArrayList<>();
        secrets.add(cipher.decrypt(subscription.secret(), subscription.id()));
        if (subscription.previousSecret() != null && subscription.previousSecretUntil() != null
                && subscription.previousSecretUntil().isAfter(clock.instant())) {
            secrets.add(cipher.decrypt(subscription.previousSecret(), subscription.id()));
        }
        return secrets;
    }

    /** Retry-After as delay-seconds or an HTTP date; unreadable values are ignored. */
    Optional<Duration> retryAfter(String value) {
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value.trim()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration delay = Duration.between(clock.instant(), at);
                return Optional.of(delay.isNegative() ? Duration.ZERO : delay);
            } catch (RuntimeException notDate) {
                return Optional.empty();
            }
        }
    }
}
