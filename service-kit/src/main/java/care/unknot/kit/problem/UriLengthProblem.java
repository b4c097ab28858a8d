package care.unknot.kit.problem;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;

/**
 * 414 as problem+json. Vert.x answers a request line over {@code quarkus.http.limits.max-initial-line-length} with
 * a bare 414 before any route runs, so the kit raises that limit (16K) and refuses a URI over
 * {@code unknot.http.max-uri-length} (4096 characters, the old limit) here, with a body. Request lines longer
 * than the raised limit still get Vert.x's bare 414.
 */
@ApplicationScoped
public class UriLengthProblem {

    static final int ORDER = -4;

    private final int maxUriLength;

    @Inject
    public UriLengthProblem(@ConfigProperty(name = "unknot.http.max-uri-length", defaultValue = "4096")
            int maxUriLength) {
        this.maxUriLength = maxUriLength;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (context.request().uri().length() <= maxUriLength) {
                context.next();
                return;
            }
            // the path alone may be the long part: the instance names none of it
            String body = ProblemResponses.json(new Problem(Problem.ABOUT_BLANK, HttpTitles.of(414), 414,
                    "The request URI is longer than " + maxUriLength + " characters.", null, List.of()));
            context.response().setStatusCode(414).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
        });
    }
}
