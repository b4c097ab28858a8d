package care.unknot.notification.webhook.service;

import care.unknot.events.notification.EndpointDisabledReason;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.rest.ETags;
import care.unknot.notification.webhook.config.WebhookConfig;
import care.unknot.notification.webhook.domain.PartnerEventTypes;
import care.unknot.notification.webhook.domain.SecretCipher;
import care.unknot.notification.webhook.domain.Subscription;
import care.unknot.notification.webhook.domain.TargetGuard;
import care.unknot.notification.webhook.domain.WebhookSigner;
import care.unknot.notification.webhook.repository.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Partner webhook subscriptions: create (the secret shown once), read, change, rotate the secret. */
@ApplicationScoped
@Transactional
public class SubscriptionService {

    /** A subscription with its plain secret, only right after it was made or rotated. */
    public record WithSecret(Subscription subscription, String secret) {
    }

    private final SubscriptionRepository subscriptions;
    private final EndpointSwitch endpoints;
    private final SecretCipher cipher;
    private final TargetGuard guard;
    private final PartnerAccess access;
    private final WebhookConfig config;
    private final Clock clock;

    public SubscriptionService(SubscriptionRepository subscriptions, EndpointSwitch endpoints, SecretCipher cipher,
            TargetGuard guard, PartnerAccess access, WebhookConfig config, Clock clock) {
        this.subscriptions = subscriptions;
        this.endpoints = endpoints;
        this.cipher = cipher;
        this.guard = guard;
        this.access = access;
        this.config = config;
        this.clock = clock;
    }

    public WithSecret create(String partnerId, String url, List<String> eventTypes, boolean active) {
        access.require(partnerId);
        check(url, eventTypes);
        UUID id = UUID.randomUUID();
        String secret = WebhookSigner.newSecret();
        Subscription subscription = new Subscription(id, partnerId, url, List.copyOf(eventTypes), active,
                active ? null : EndpointDisabledReason.DISABLED_BY_PARTNER.name(), cipher.encrypt(secret, id), null,
                null, null, 1, clock.instant());
        subscriptions.insert(subscription);
        return new WithSecret(subscription, secret);
    }

    public List<Subscription> list(String partnerId, UUID after, int limit) {
        access.require(partnerId);
        return subscriptions.ofPartner(partnerId, after, limit);
    }

    public Subscription read(String partnerId, UUID id) {
        access.require(partnerId);
        return subscriptions.find(id).filter(s -> s.partnerId().equals(partnerId)).orElseThrow(SubscriptionService::notFound);
    }

    /** Replaces URL, types and active flag (If-Match on the version); switching off publishes endpoint-disabled. */
    public Subscription update(String partnerId, UUID id, String ifMatch, String url, List<String> eventTypes,
            boolean active) {
        access.require(partnerId);
        Subscription current = locked(partnerId, id);
        ETags.requireMatch(ifMatch, current.version());
        check(url, eventTypes);
        Subscription changed = new Subscription(id, partnerId, url, List.copyOf(eventTypes), current.active(),
                current.disabledReason(), current.secret(), current.previousSecret(), current.previousSecretUntil(),
                current.failingSince(), current.version(), current.createdAt());
        if (active && !current.active()) {
            changed = reactivated(changed);
        }
        subscriptions.update(changed);
        if (!active && current.active()) {
            endpoints.disable(subscriptions.lock(id).orElseThrow(), access.isAdmin()
                    ? EndpointDisabledReason.DISABLED_BY_ADMIN : EndpointDisabledReason.DISABLED_BY_PARTNER,
                    clock.instant());
        }
        return subscriptions.find(id).orElseThrow();
    }

    /** A new secret; the old one keeps signing next to it for {@code secret-overlap}. */
    public WithSecret rotate(String partnerId, UUID id) {
        access.require(partnerId);
        Subscription current = locked(partnerId, id);
        String secret = WebhookSigner.newSecret();
        Instant now = clock.instant();
        subscriptions.update(new Subscription(id, partnerId, current.url(), current.eventTypes(), current.active(),
                current.disabledReason(), cipher.encrypt(secret, id), current.secret(),
                now.plus(config.secretOverlap()), current.failingSince(), current.version(), current.createdAt()));
        return new WithSecret(subscriptions.find(id).orElseThrow(), secret);
    }

    private static Subscription reactivated(Subscription s) {
        return new Subscription(s.id(), s.partnerId(), s.url(), s.eventTypes(), true, null, s.secret(),
                s.previousSecret(), s.previousSecretUntil(), null, s.version(), s.createdAt());
    }

    private Subscription locked(String partnerId, UUID id) {
        return subscriptions.lock(id).filter(s -> s.partnerId().equals(partnerId))
                .orElseThrow(SubscriptionService::notFound);
    }

    private void check(String url, List<String> eventTypes) {
        guard.refusal(url).ifPresent(reason -> {
            throw ProblemException.field(400, "url", reason);
        });
        for (int i = 0; i < eventTypes.size(); i++) {
            if (!PartnerEventTypes.isKnown(eventTypes.get(i))) {
                throw ProblemException.field(400, "eventTypes[" + i + "]",
                        "must be one of " + String.join(", ", PartnerEventTypes.ALL));
            }
        }
    }

    static ProblemException notFound() {
        return ProblemException.notFound("No such webhook subscription of this partner.");
    }
}
