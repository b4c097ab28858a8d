package care.unknot.kit.consume;

/**
 * Runs one event's effect against the service's store. The JDBC one ({@link TransactionalEffectRunner}) runs it in
 * a new transaction with the processed-event record; the default runs it as it is: a MongoDB effect must itself
 * be an idempotent single-document write that records the event id (see docs/kit-api.md).
 */
public interface EffectRunner {

    /** Applies {@code effect} once per (consumer, event id); returns when it is durable. */
    void runOnce(String consumer, IncomingEvent event, Runnable effect);
}
