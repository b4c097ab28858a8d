package care.unknot.kit.consume;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.arc.properties.IfBuildProperty;

/**
 * JDBC: the processed-event record and the effect commit in one new transaction, so a redelivered event is
 * applied once; this method returns only after the commit, so the message is acknowledged after it.
 */
@ApplicationScoped
@IfBuildProperty(name = "unknot.store", stringValue = "jdbc")
public class TransactionalEffectRunner implements EffectRunner {

    private static final Logger LOG = Logger.getLogger(TransactionalEffectRunner.class);

    private final ProcessedEvents processed;

    public TransactionalEffectRunner(ProcessedEvents processed) {
        this.processed = processed;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runOnce(String consumer, IncomingEvent event, Runnable effect) {
        if (!processed.firstDelivery(consumer, event.id())) {
            LOG.debugf("duplicate %s (%s) skipped by %s", event.type(), event.id(), consumer);
            return;
        }
        effect.run();
    }
}
