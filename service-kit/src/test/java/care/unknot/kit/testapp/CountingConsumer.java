package care.unknot.kit.testapp;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

import care.unknot.kit.consume.EventConsumer;
import care.unknot.kit.consume.EventRoutes;
import care.unknot.kit.consume.PoisonEvent;
import care.unknot.kit.consume.TransientFailure;

/**
 * The documented consumer pattern: {@link EventConsumer} with routes; the effect and the event id commit together
 * ({@link EffectLedger}); unknown types are skipped; a poison event goes to the dead-letter topic
 * {@code kit-test.dlq}; a flaky one fails transiently {@link #failFirst} times for its key, then applies.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class CountingConsumer {

    public static final String COUNTED = "note.counted";
    public static final String POISON = "note.poison";
    public static final String FLAKY = "note.flaky";

    private final Queue<String> applied = new ConcurrentLinkedQueue<>();
    private final Map<String, AtomicInteger> failFirst = new ConcurrentHashMap<>();

    @Inject
    EffectLedger ledger;
    @Inject
    EventConsumer consumer;

    private final EventRoutes routes = EventRoutes.forConsumer(EffectLedger.CONSUMER)
            .on(COUNTED, Map.class, (event, payload) -> {
                ledger.apply(event);
                applied.add(event.id());
            })
            .on(POISON, Map.class, (event, payload) -> {
                throw PoisonEvent.unprocessable("unprocessable event " + event.id());
            })
            .on(FLAKY, Map.class, (event, payload) -> {
                AtomicInteger left = failFirst.get(event.subject());
                if (left != null && left.getAndDecrement() > 0) {
                    throw new TransientFailure("store unavailable (test)");
                }
                ledger.apply(event);
                applied.add(event.id());
            });

    /** The event ids applied, in the order their effects ran. */
    public List<String> applied() {
        return List.copyOf(applied);
    }

    /** Arms {@code times} transient failures of the aggregate's flaky events; returns the counter. */
    public AtomicInteger failFirst(String aggregateId, int times) {
        AtomicInteger left = new AtomicInteger(times);
        failFirst.put(aggregateId, left);
        return left;
    }

    @Incoming("kit-in")
    @Blocking
    public CompletionStage<Void> on(Message<String> message) {
        return consumer.consume(message, routes);
    }
}
