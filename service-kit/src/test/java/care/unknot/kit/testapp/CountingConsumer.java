package care.unknot.kit.testapp;

import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.common.annotation.Blocking;

import care.unknot.kit.consume.IncomingEvent;

/**
 * The documented consumer pattern: the effect and the event id commit together ({@link EffectLedger});
 * unknown types are logged (type and id only) and acked; a poison event is nacked and goes to the dead-letter
 * topic {@code kit-test.dlq}.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class CountingConsumer {

    public static final String COUNTED = "note.counted";
    public static final String POISON = "note.poison";
    private static final Logger LOG = Logger.getLogger(CountingConsumer.class);

    @Inject
    EffectLedger ledger;

    @Incoming("kit-in")
    @Blocking
    public CompletionStage<Void> on(Message<String> message) {
        IncomingEvent event;
        try {
            event = IncomingEvent.of(message);
        } catch (IllegalArgumentException e) {
            return message.nack(e);
        }
        switch (event.type()) {
            case COUNTED -> {
                ledger.applyOnce(event);
                return message.ack();
            }
            case POISON -> {
                LOG.warnf("cannot process %s %s: to the dead-letter topic", event.type(), event.id());
                return message.nack(new IllegalArgumentException("unprocessable event " + event.id()));
            }
            default -> {
                LOG.debugf("skipping unknown event type %s (%s)", event.type(), event.id());
                return message.ack();
            }
        }
    }
}
