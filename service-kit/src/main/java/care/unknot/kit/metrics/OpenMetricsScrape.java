package care.unknot.kit.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Serves {@code /q/metrics} as OpenMetrics to a scraper that asks for it. Quarkus' route declares the exact type
 * {@code application/openmetrics-text; version=1.0.0; charset=utf-8}, and Vert.x matches an {@code Accept} header
 * against its parameters, so {@code Accept: application/openmetrics-text} (without them) got 406. Other
 * requests go on to Quarkus' route unchanged.
 */
@ApplicationScoped
public class OpenMetricsScrape {

    static final String OPEN_METRICS = "application/openmetrics-text";
    static final String CONTENT_TYPE = OPEN_METRICS + "; version=1.0.0; charset=utf-8";

    private final Instance<PrometheusMeterRegistry> registry;
    private final String path;

    @Inject
    public OpenMetricsScrape(Instance<PrometheusMeterRegistry> registry,
            @ConfigProperty(name = "quarkus.http.non-application-root-path", defaultValue = "q") String root,
            @ConfigProperty(name = "quarkus.micrometer.export.prometheus.path", defaultValue = "metrics") String path) {
        this.registry = registry;
        this.path = path.startsWith("/") ? path : "/" + trim(root) + "/" + path;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.GET, path).order(-10).handler(context -> {
            String accept = context.request().getHeader(HttpHeaders.ACCEPT);
            if (accept == null || !accept.contains(OPEN_METRICS) || !registry.isResolvable()) {
                context.next();
                return;
            }
            context.vertx().<String>executeBlocking(() -> registry.get().scrape(CONTENT_TYPE))
                    .onSuccess(page -> context.response().putHeader(HttpHeaders.CONTENT_TYPE, CONTENT_TYPE).end(page))
                    .onFailure(context::fail);
        });
    }

    private static String trim(String root) {
        String trimmed = root.startsWith("/") ? root.substring(1) : root;
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
