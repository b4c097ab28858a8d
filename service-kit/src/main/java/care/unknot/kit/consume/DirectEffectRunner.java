package care.unknot.kit.consume;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.arc.DefaultBean;

/** Stores without transactions (MongoDB): the effect is an idempotent single-document write of its own. */
@ApplicationScoped
@DefaultBean
public class DirectEffectRunner implements EffectRunner {

    @Override
    public void runOnce(String consumer, IncomingEvent event, Runnable effect) {
        effect.run();
    }
}
