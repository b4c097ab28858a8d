package care.unknot.kit.metrics;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.config.MeterFilter;

import care.unknot.kit.openapi.DocumentedMethods;

/**
 * The {@code uri} label of the HTTP server meters holds route templates only: a path of the OpenAPI document as
 * written there ({@code /api/v1/patients/{patientId}}), a {@code /q/} endpoint, or one of Quarkus' own words
 * ({@code NOT_FOUND}, {@code root}, ...). Anything else (a request no route matched, e.g. an undocumented method on
 * a patient's path) is {@code UNKNOWN}, so the public {@code /q/metrics} never carries an id from a path and a
 * caller cannot create time series without bound. Quarkus' own {@code suppress4xx-errors} would also relabel the
 * 4xx answers of routes without path parameters (a 400 on {@code POST /api/v1/patients}), so it stays off.
 */
public class RouteTemplateUris {

    static final String UNKNOWN = "UNKNOWN";

    @Produces
    @Singleton
    MeterFilter routeTemplatesOnly() {
        return new MeterFilter() {
            @Override
            public Meter.Id map(Meter.Id id) {
                String uri = id.getTag("uri");
                if (!id.getName().startsWith("http.server") || uri == null || isTemplate(uri)) {
                    return id;
                }
                return id.replaceTags(Tags.of(id.getTagsAsIterable()).and(Tag.of("uri", UNKNOWN)));
            }
        };
    }

    static boolean isTemplate(String uri) {
        return !uri.startsWith("/") || uri.startsWith("/q/") || DocumentedMethods.isTemplate(uri);
    }
}
