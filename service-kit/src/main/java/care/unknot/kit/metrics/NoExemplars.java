package care.unknot.kit.metrics;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.prometheus.client.exemplars.ExemplarSampler;

/**
 * No exemplars on {@code /q/metrics}. With OpenTelemetry present, Quarkus gives the Prometheus registry a trace
 * exemplar sampler, and the registry then writes exemplars on the {@code _count} line of every timer (a summary),
 * which OpenMetrics allows only on counters and histogram buckets: scrapers that ask for OpenMetrics reject the
 * whole page. Our timers are summaries, so exemplars carry nothing a scraper could keep; traces are found by the
 * trace id in the logs instead.
 */
public class NoExemplars {

    @Produces
    @Singleton
    @Alternative
    @Priority(1000)
    Optional<ExemplarSampler> exemplarSampler() {
        return Optional.empty();
    }
}
