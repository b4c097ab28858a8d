package care.unknot.kit.problem;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * Quarkus answers a body over {@code quarkus.http.limits.max-body-size} with a bare 413 from a Vert.x handler
 * (order -2) before any JAX-RS mapper runs. This route runs just before it and answers the same requests
 * (declared {@code Content-Length} over the limit) with problem+json. A chunked body without a length that
 * grows past the limit is still cut off by Quarkus itself, without a body.
 */
@ApplicationScoped
public class BodyLimitProblem {

    static final int ORDER = -3;

    private final Optional<MemorySize> maxBodySize;

    @Inject
    public BodyLimitProblem(@ConfigProperty(name = "quarkus.http.limits.max-body-size")
            Optional<MemorySize> maxBodySize) {
        this.maxBodySize = maxBodySize;
    }

    void install(@Observes Router router) {
        if (maxBodySize.isEmpty()) {
            return;
        }
        long limit = maxBodySize.get().asLongValue();
        router.route().order(ORDER).handler(context -> {
            String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (declared != null && exceeds(declared, limit)) {
                String body = ProblemResponses.json(new Problem(Problem.ABOUT_BLANK, HttpTitles.of(413), 413,
                        "The request body is larger than " + limit + " bytes.", context.request().path(),
                        List.of()));
                context.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(body);
            } else {
                context.next();
            }
        });
    }

    private static boolean exceeds(String declared, long limit) {
        try {
            return Long.parseLong(declared.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
