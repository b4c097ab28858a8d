package care.unknot.kit.rest.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Supplier;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

import care.unknot.kit.problem.Problem;
import care.unknot.kit.problem.ProblemException;
import care.unknot.kit.problem.ProblemResponses;
import care.unknot.kit.security.CurrentUser;

/**
 * {@code Idempotency-Key} on POST. Before the resource runs, the (principal, key) pair is claimed with a hash of
 * method, path and body; after it answered, the response (status, {@code Location}, body) is stored and replayed
 * to every retry until the record expires. Same key with another request: 422; first still running: 409.
 * A 5xx is not stored (the claim is released, so a retry runs again). A success marked
 * {@code Cache-Control: no-store} (it carries what must not be kept, e.g. a secret shown once) is remembered as a
 * 409 problem with the first response's {@code Location}: the retry learns it is done without seeing the secret.
 */
public class IdempotencyFilters {

    public static final String HEADER = "Idempotency-Key";
    /** Set to {@code true} on a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger LOG = Logger.getLogger(IdempotencyFilters.class);
    private static final String CLAIM_PROPERTY = IdempotencyFilters.class.getName() + ".claim";
    private static final int TOO_MANY_REQUESTS = 429;

    private final Instance<IdempotencyStore> store;
    private final IdempotencyConfig config;
    private final Clock clock;
    private final ObjectMapper json;
    private volatile boolean warnedNoStore;

    @Inject
    public IdempotencyFilters(Instance<IdempotencyStore> store, IdempotencyConfig config, Clock clock,
            ObjectMapper json) {
        this.store = store;
        this.config = config;
        this.clock = clock;
        this.json = json;
    }

    @ServerRequestFilter(readBody = true, priority = Priorities.USER + 500)
    public Uni<Response> claim(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (!HttpMethod.POST.equals(request.getMethod()) || key == null) {
            return Uni.createFrom().nullItem();
        }
        if (key.isBlank() || key.length() > config.maxKeyLength() || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            return Uni.createFrom().item(ProblemResponses.of(ProblemException.field(400, HEADER,
                    "must be 1 to " + config.maxKeyLength() + " visible ASCII characters"), path(request)));
        }
        if (!store.isResolvable()) {
            if (!warnedNoStore) {
                warnedNoStore = true;
                LOG.warn("Idempotency-Key ignored: no store (set the build property unknot.store=jdbc|mongodb)");
            }
            return Uni.createFrom().nullItem();
        }
        String principal = principal(request);
        if (principal == null) {
            // no verified caller: anonymous clients would share one key space (and each other's replays), so an
            // anonymous request runs as if it had no key; on a protected endpoint it is answered 401 anyway
            return Uni.createFrom().nullItem();
        }
        byte[] body = request.getEntityStream().readAllBytes();
        request.setEntityStream(new ByteArrayInputStream(body));
        String hash = hash(request.getMethod() + ' ' + request.getUriInfo().getRequestUri().getRawPath() + '?'
                + request.getUriInfo().getRequestUri().getRawQuery(), body);
        return blocking(() -> {
            Instant now = clock.instant();
            IdempotencyStore.Begin begin = store.get().begin(principal, key, hash, now,
                    now.plus(config.ttl()), now.minus(config.inFlightTimeout()));
            if (begin instanceof IdempotencyStore.Started started) {
                request.setProperty(CLAIM_PROPERTY, new Claim(principal, key, started.claimedAt()));
                return null;
            }
            if (begin instanceof IdempotencyStore.Replay replay) {
                return replay(replay.response());
            }
            if (begin instanceof IdempotencyStore.Mismatch) {
                return ProblemResponses.of(ProblemException.field(422, HEADER,
                        "was already used with a different request; use a new key"), path(request));
            }
            return ProblemResponses.of(ProblemException.retryLater(409,
                    "The first request with this Idempotency-Key is still being processed; retry shortly.",
                    Duration.ofSeconds(1)), path(request));
        });
    }

    @ServerResponseFilter(priority = Priorities.USER + 500)
    public Uni<Void> store(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM_PROPERTY) instanceof Claim claim)) {
            return Uni.createFrom().voidItem();
        }
        request.removeProperty(CLAIM_PROPERTY);
        int status = response.getStatus();
        // 5xx and 429 say "try again": keeping them would answer every retry with the same failure. A response
        // marked Cache-Control: no-store (e.g. one that shows a secret once) is never written down: a success is
        // remembered as "done, see Location" instead, so a retry neither repeats the work nor gets the secret.
        StoredResponse stored;
        if (status >= 500 || status == TOO_MANY_REQUESTS) {
            stored = null;
        } else if (noStore(response)) {
            stored = status < 300 ? doneWithoutReplay(request, location(response)) : null;
        } else {
            stored = new StoredResponse(status, location(response), contentType(response), body(response.getEntity()));
        }
        return blocking(() -> {
            if (stored == null) {
                store.get().release(claim.principal(), claim.key(), claim.claimedAt());
            } else {
                store.get().complete(claim.principal(), claim.key(), claim.claimedAt(), stored, clock.instant());
            }
            return null;
        }).onFailure().recoverWithItem(e -> {
            // the resource's work is done (and committed): answering 500 now would invite a retry that repeats
            // it. The record stays in flight, so retries get 409 until the in-flight timeout.
            LOG.errorf("Idempotency-Key response (status %d) not stored: %s", status, e.getClass().getName());
            return null;
        }).replaceWithVoid();
    }

    private static StoredResponse doneWithoutReplay(ContainerRequestContext request, String location) {
        Response problem = ProblemResponses.of(ProblemException.conflict("The first request with this "
                + "Idempotency-Key succeeded. Its response showed something only once (such as a secret) and is not "
                + "kept, so it cannot be replayed; the resource is at Location."), path(request));
        return new StoredResponse(409, location, Problem.MEDIA_TYPE, (String) problem.getEntity());
    }

    private static Response replay(StoredResponse stored) {
        Response.ResponseBuilder builder = Response.status(stored.status()).header(REPLAYED_HEADER, "true");
        if (stored.location() != null) {
            builder.header(HttpHeaders.LOCATION, stored.location());
        }
        if (stored.body() != null) {
            builder.entity(stored.body()).type(stored.contentType() == null ? MediaType.APPLICATION_JSON
                    : stored.contentType());
        }
        return builder.build();
    }

    private String body(Object entity) {
        if (entity == null) {
            return null;
        }
        if (entity instanceof String text) {
            return text;
        }
        if (entity instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("response of type " + entity.getClass().getSimpleName()
                    + " cannot be stored for Idempotency-Key replay");
        }
    }

    private static boolean noStore(ContainerResponseContext response) {
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL);
        return cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-store");
    }

    private static String location(ContainerResponseContext response) {
        Object location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return location == null ? null : location.toString();
    }

    private static String contentType(ContainerResponseContext response) {
        MediaType type = response.getMediaType();
        boolean text = response.getEntity() == null || response.getEntity() instanceof String
                || response.getEntity() instanceof byte[];
        if (text) {
            return type == null ? null : type.toString();
        }
        // an entity is written by Jackson (so stored as JSON, see body()) and goes out as charset=UTF-8; the
        // replayed text would not say so by itself, and the type is often chosen only after this filter
        MediaType json = type == null ? MediaType.APPLICATION_JSON_TYPE : type;
        return json.getParameters().containsKey(MediaType.CHARSET_PARAMETER) ? json.toString()
                : json.withCharset(StandardCharsets.UTF_8.name()).toString();
    }

    /**
     * Whose key space the key belongs to: the token's {@code sub} (stable and unique per user, unlike the
     * principal name, which smallrye-jwt takes from {@code upn} or {@code preferred_username} first) and, for a
     * partner, its {@code partner_id} (one user acting for two clinics has two key spaces); null when the
     * request is anonymous.
     */
    private static String principal(ContainerRequestContext request) {
        Principal principal = request.getSecurityContext() == null ? null
                : request.getSecurityContext().getUserPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null && !jwt.getSubject().isBlank()) {
            // the length prefix keeps partner id and subject apart whatever characters they hold
            return CurrentUser.partnerIdOf(jwt).map(partner -> "partner:" + partner.length() + ":" + partner + "|")
                    .orElse("") + "sub:" + jwt.getSubject();
        }
        return principal == null || principal.getName() == null || principal.getName().isBlank() ? null
                : principal.getName();
    }

    private static String path(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getRawPath();
    }

    private static String hash(String target, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(target.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Store calls are blocking: run them here when allowed, else on a worker thread. */
    private static <T> Uni<T> blocking(Supplier<T> work) {
        Uni<T> uni = Uni.createFrom().item(work);
        return BlockingOperationControl.isBlockingAllowed() ? uni
                : uni.runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private record Claim(String principal, String key, Instant claimedAt) {
    }
}
