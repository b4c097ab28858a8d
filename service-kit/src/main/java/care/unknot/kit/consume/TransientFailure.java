package care.unknot.kit.consume;

/**
 * The effect could not be applied now for a reason outside the event (a store not reachable, optimistic-lock
 * retries used up). {@link EventConsumer} retries the event in place with back-off and never dead-letters it.
 */
public class TransientFailure extends RuntimeException {

    public TransientFailure(String message) {
        super(message);
    }

    public TransientFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
