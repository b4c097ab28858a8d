package care.unknot.kit.openapi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;

import care.unknot.kit.problem.Problem;

/**
 * A method the OpenAPI document does not list for a documented path is 405 problem+json with {@code Allow} naming
 * the documented methods, also {@code OPTIONS} (which Quarkus REST would otherwise answer itself, advertising
 * {@code HEAD} and {@code OPTIONS} the document does not have) and methods JAX-RS does not know (e.g.
 * {@code QUERY}). {@code HEAD} on a documented {@code GET} is HTTP's own and passes; so does a CORS preflight
 * ({@code OPTIONS} with {@code Access-Control-Request-Method}), which the CORS filter answers. Paths the document
 * does not have are left to the routes (404).
 */
@ApplicationScoped
public class UndocumentedMethodProblem {

    static final int ORDER = -3;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            Optional<Set<String>> documented = DocumentedMethods.of(request.path());
            if (documented.isEmpty() || allowed(request, documented.get())) {
                context.next();
                return;
            }
            String allow = String.join(", ", documented.get());
            String body = care.unknot.kit.problem.ProblemResponses.json(new Problem(Problem.ABOUT_BLANK,
                    "Method Not Allowed", 405, "This method is not allowed on this resource; see Allow.",
                    request.path(), List.of()));
            context.response().setStatusCode(405).putHeader(HttpHeaders.ALLOW, allow)
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(body);
        });
    }

    private static boolean allowed(HttpServerRequest request, Set<String> documented) {
        HttpMethod method = request.method();
        if (documented.contains(method.name())) {
            return true;
        }
        if (HttpMethod.HEAD.equals(method)) {
            return documented.contains(HttpMethod.GET.name());
        }
        return HttpMethod.OPTIONS.equals(method)
                && request.headers().contains("Access-Control-Request-Method");
    }
}
