package care.unknot.kit.consume;

/**
 * A record that can never be processed as it is (bad CloudEvents headers, a value that is not JSON, a payload
 * that does not match its contract, a rule of the consumer it breaks). {@link EventConsumer} sends it to the
 * dead-letter topic with {@link #reason()} in the header {@value #REASON_HEADER}; retrying would not help.
 * Messages name headers, types and fields, never payload values (they can be health data).
 */
public class PoisonEvent extends IllegalArgumentException {

    /** The dead letter's header naming why it is there (one of the reason codes below). */
    public static final String REASON_HEADER = "dead-letter-reason-code";

    public static final String MISSING_HEADER = "missing-header";
    public static final String MALFORMED_HEADER = "malformed-header";
    public static final String NOT_JSON = "not-json";
    public static final String CONTRACT_MISMATCH = "contract-mismatch";
    /** The handler refused the event (a broken rule of its contract, e.g. a missing id). */
    public static final String UNPROCESSABLE = "unprocessable";

    private final String reason;

    public PoisonEvent(String reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** For a handler: the event breaks a rule of its contract that the JSON mapping cannot check. */
    public static PoisonEvent unprocessable(String message) {
        return new PoisonEvent(UNPROCESSABLE, message);
    }

    /** @return the value when present; else a poison naming the field */
    public static <T> T required(T value, String type, String field) {
        if (value == null) {
            throw new PoisonEvent(CONTRACT_MISMATCH, type + " lacks " + field);
        }
        return value;
    }

    public String reason() {
        return reason;
    }
}
