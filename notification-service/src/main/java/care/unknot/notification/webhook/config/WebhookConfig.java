package care.unknot.notification.webhook.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;

/** Partner webhook tunables (domain.md 4). */
@ConfigMapping(prefix = "unknot.webhooks")
public interface WebhookConfig {

    /** AES-256 key (base64 of 32 bytes) that encrypts the stored subscription secrets. */
    String secretKey();

    /** How long a rotated-out secret still signs deliveries next to the new one. */
    @WithDefault("24h")
    Duration secretOverlap();

    /** Delay before each attempt: the first is immediate; after the last one the delivery is dead. */
    @WithDefault("0s,5s,5m,30m,2h,5h,10h,14h,20h,24h")
    List<Duration> retrySchedule();

    /** Each retry delay is stretched by a random share of itself up to this fraction (0.1 = up to +10 %). */
    @WithDefault("0.1")
    double retryJitter();

    /** The longest Retry-After (429/502/504) honoured; a longer one is cut to this. */
    @WithDefault("24h")
    Duration maxRetryAfter();

    /** One attempt's whole HTTP exchange. */
    @WithDefault("15s")
    Duration timeout();

    /** An endpoint failing without a single success for this long is disabled. */
    @WithDefault("5d")
    Duration disableAfterFailing();

    /** Deliveries in flight to one endpoint per instance: a slow endpoint holds no more senders than this. */
    @WithDefault("2")
    int perEndpointConcurrency();

    /** Deliveries in flight per instance, all endpoints together. */
    @WithDefault("16")
    int concurrency();

    /** Deliveries claimed per dispatcher round. */
    @WithDefault("64")
    int batchSize();

    /** Dispatcher poll interval ("off" disables the scheduled rounds; tests drive them). */
    @WithDefault("1s")
    String pollInterval();

    /** Delivered (SUCCEEDED) deliveries are purged this long after their attempt; dead ones stay until replayed. */
    @WithDefault("30d")
    Duration deliveryRetention();

    Targets targets();

    /** SSRF guard: what a webhook URL may point at, checked at subscription and before every attempt. */
    interface Targets {
        /** Plain http:// URLs (never in production). */
        @WithDefault("false")
        boolean allowHttp();

        /** Loopback addresses (127.0.0.0/8, ::1). */
        @WithDefault("false")
        boolean allowLoopback();

        /** Private, link-local, unique-local and carrier-grade NAT addresses. */
        @WithDefault("false")
        boolean allowPrivate();
    }
}
