package care.unknot.kit.consume;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * What one consumer does with each event type it knows: the payload record to map the value to, and the effect.
 * Types not routed are logged (type and id) and acknowledged without touching the store. Build it once, in a
 * field of the consumer bean:
 *
 * <pre>{@code
 * private final EventRoutes routes = EventRoutes.forConsumer("intake-plan-events")
 *         .on(EventTypes.PLAN_ACTIVATED, PlanActivatedV1.class, this::activated)
 *         .on(EventTypes.PLAN_COMPLETED, PlanCompletedV1.class, this::completed);
 * }</pre>
 *
 * @param consumer the name under which processed events are recorded (JDBC {@code processed_event}) and metrics
 *        are tagged; unique per service and channel, stable across releases
 */
public record EventRoutes(String consumer, Map<String, Route<?>> routes) {

    /** One event type's payload record and effect. */
    public record Route<T>(Class<T> payloadType, BiConsumer<IncomingEvent, T> effect) {

        void apply(IncomingEvent event) {
            effect.accept(event, event.dataAs(payloadType));
        }
    }

    public EventRoutes {
        if (consumer == null || consumer.isBlank()) {
            throw new IllegalArgumentException("consumer name required");
        }
        routes = Map.copyOf(routes);
    }

    public static EventRoutes forConsumer(String consumer) {
        return new EventRoutes(consumer, Map.of());
    }

    /** A copy with {@code type} routed to {@code effect}, which receives the event and its mapped payload. */
    public <T> EventRoutes on(String type, Class<T> payloadType, BiConsumer<IncomingEvent, T> effect) {
        Map<String, Route<?>> more = new LinkedHashMap<>(routes);
        if (more.put(type, new Route<>(payloadType, effect)) != null) {
            throw new IllegalArgumentException(type + " routed twice");
        }
        return new EventRoutes(consumer, more);
    }

    public Optional<Route<?>> route(String type) {
        return Optional.ofNullable(routes.get(type));
    }
}
